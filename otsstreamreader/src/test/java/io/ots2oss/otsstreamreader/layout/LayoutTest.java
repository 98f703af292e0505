package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.decode.SdkChanges;
import com.alibaba.datax.common.element.Record;
import com.alicloud.openservices.tablestore.model.*;
import io.ots2oss.otsstreamreader.config.RowColumn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class LayoutTest {
    private static final RecordFactory FACTORY = ListRecord::new;
    private static final PrimaryKey PK = PrimaryKeyBuilder.createPrimaryKeyBuilder()
            .addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(7))
            .addPrimaryKeyColumn("name", PrimaryKeyValue.fromString("k"))
            .build();

    private static StreamRecord record(StreamRecord.RecordType type, RecordColumn... columns) {
        StreamRecord r = new StreamRecord();
        r.setRecordType(type);
        r.setPrimaryKey(PK);
        r.setSequenceInfo(new RecordSequenceInfo(1, 1_441_803_688_001_000L, 3));
        r.setColumns(new ArrayList<>(Arrays.asList(columns)));
        return r;
    }

    private static RecordColumn put(String name, ColumnValue value, long ts) {
        return new RecordColumn(new Column(name, value, ts), RecordColumn.ColumnType.PUT);
    }

    private static List<String> render(RecordLayout layout, StreamRecord record) {
        List<Record> out = new ArrayList<>();
        layout.toRecords(new SdkChanges().of(record), "shard-1", out);
        return out.stream().map(Object::toString).collect(Collectors.toList());
    }

    @Test
    void putRowEmitsDeleteRowFirstThenOneUpdatePerColumn() {
        List<String> rows = render(new MultiVersionLayout(FACTORY, false), record(StreamRecord.RecordType.PUT,
                put("s", ColumnValue.fromString("x"), 100), put("n", ColumnValue.fromLong(5), 101)));
        assertEquals(Arrays.asList(
                "LONG:7|STRING:k|STRING:<null>|STRING:<null>|STRING:<null>|STRING:DR",
                "LONG:7|STRING:k|STRING:s|LONG:100|STRING:x|STRING:U",
                "LONG:7|STRING:k|STRING:n|LONG:101|LONG:5|STRING:U"), rows);
    }

    @Test
    void updateRowEmitsEachColumnOperation() {
        List<String> rows = render(new MultiVersionLayout(FACTORY, false), record(StreamRecord.RecordType.UPDATE,
                put("d", ColumnValue.fromDouble(0.00001), 100),
                new RecordColumn(new Column("o", ColumnValue.INTERNAL_NULL_VALUE, 99), RecordColumn.ColumnType.DELETE_ONE_VERSION),
                new RecordColumn(new Column("a", ColumnValue.INTERNAL_NULL_VALUE), RecordColumn.ColumnType.DELETE_ALL_VERSION)));
        assertEquals(Arrays.asList(
                "LONG:7|STRING:k|STRING:d|LONG:100|DOUBLE:0.000010|STRING:U",
                "LONG:7|STRING:k|STRING:o|LONG:99|STRING:<null>|STRING:DO",
                "LONG:7|STRING:k|STRING:a|STRING:<null>|STRING:<null>|STRING:DA"), rows);
    }

    @Test
    void deleteRowEmitsOneDeleteRow() {
        assertEquals(Arrays.asList("LONG:7|STRING:k|STRING:<null>|STRING:<null>|STRING:<null>|STRING:DR"),
                render(new MultiVersionLayout(FACTORY, false), record(StreamRecord.RecordType.DELETE)));
    }

    @Test
    void sequenceInfoCountsCellsFromZeroWithTheDeleteRowFirst() {
        List<String> rows = render(new MultiVersionLayout(FACTORY, true), record(StreamRecord.RecordType.PUT,
                put("s", ColumnValue.fromString("x"), 100)));
        assertTrue(rows.get(0).endsWith("|STRING:0000000001_00001441803688001000_0000000003_shard-1:0000000000"));
        assertTrue(rows.get(1).endsWith("|STRING:0000000001_00001441803688001000_0000000003_shard-1:0000000001"));
    }

    @Test
    void everyTypeMapsLikeUpstream() {
        List<String> rows = render(new MultiVersionLayout(FACTORY, false), record(StreamRecord.RecordType.UPDATE,
                put("b", ColumnValue.fromBoolean(true), 1), put("y", ColumnValue.fromBinary(new byte[] {1, 2}), 1),
                put("d", ColumnValue.fromDouble(1.0), 1)));
        assertTrue(rows.get(0).endsWith("|BOOL:true|STRING:U"));
        assertTrue(rows.get(1).endsWith("|BYTES:AQI=|STRING:U"));
        assertTrue(rows.get(2).endsWith("|DOUBLE:1.0|STRING:U"), rows.get(2));
    }

    private RowLayout rowLayout(boolean seq, String... names) {
        List<RowColumn> columns = new ArrayList<>();
        for (String n : names) {
            columns.add(new RowColumn(n, false));
        }
        return new RowLayout(FACTORY, seq, columns);
    }

    @Test
    void rowModeEmitsConfiguredColumnsInOrderWithNullsForAbsentOnes() {
        List<String> rows = render(rowLayout(false, "s", "id", "missing"), record(StreamRecord.RecordType.PUT,
                put("s", ColumnValue.fromString("x"), 100)));
        assertEquals(Arrays.asList("STRING:x|LONG:7|STRING:<null>"), rows);
    }

    @Test
    void rowModeSkipsDeletesAndColumnDeletes() {
        assertTrue(render(rowLayout(false, "s"), record(StreamRecord.RecordType.DELETE)).isEmpty());
        List<String> rows = render(rowLayout(false, "s", "o"), record(StreamRecord.RecordType.UPDATE,
                put("s", ColumnValue.fromString("x"), 100),
                new RecordColumn(new Column("o", ColumnValue.INTERNAL_NULL_VALUE, 99), RecordColumn.ColumnType.DELETE_ONE_VERSION)));
        assertEquals(Arrays.asList("STRING:x|STRING:<null>"), rows);
    }

    @Test
    void rowModeSkipsARecordWithNoneOfTheColumns() {
        assertTrue(render(rowLayout(false, "other"), record(StreamRecord.RecordType.UPDATE,
                put("s", ColumnValue.fromString("x"), 100))).isEmpty());
    }

    @Test
    void rowModeLaterVersionOfAColumnWins() {
        List<String> rows = render(rowLayout(false, "s"), record(StreamRecord.RecordType.UPDATE,
                put("s", ColumnValue.fromString("old"), 100), put("s", ColumnValue.fromString("new"), 101)));
        assertEquals(Arrays.asList("STRING:new"), rows);
    }

    @Test
    void rowModeHighestVersionWinsWhenItIsListedFirst() {
        List<String> rows = render(rowLayout(false, "c"), record(StreamRecord.RecordType.PUT,
                put("c", ColumnValue.fromString("new"), 101), put("c", ColumnValue.fromString("old"), 100)));
        assertEquals(Arrays.asList("STRING:new"), rows);
    }

    @Test
    void rowModeSequenceInfoHasNoCellIndex() {
        List<String> rows = render(rowLayout(true, "id"), record(StreamRecord.RecordType.UPDATE));
        assertEquals(Arrays.asList("LONG:7|STRING:0000000001_00001441803688001000_0000000003_shard-1"), rows);
    }
}
