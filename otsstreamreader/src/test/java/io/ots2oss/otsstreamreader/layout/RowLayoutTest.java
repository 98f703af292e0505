package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.decode.SdkChanges;
import com.alibaba.datax.common.element.Record;
import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.RecordSequenceInfo;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.config.ChangeField;
import io.ots2oss.otsstreamreader.config.RowColumn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Row mode's change fields, exported deletes and column ops. */
class RowLayoutTest {
    private static final PrimaryKey PK = PrimaryKeyBuilder.createPrimaryKeyBuilder()
            .addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(7))
            .build();
    private static final long TIME_US = 1_441_803_688_001_234L;

    private static StreamRecord record(StreamRecord.RecordType type, RecordColumn... cells) {
        StreamRecord r = new StreamRecord();
        r.setRecordType(type);
        r.setPrimaryKey(PK);
        r.setSequenceInfo(new RecordSequenceInfo(1, TIME_US, 3));
        r.setColumns(new ArrayList<>(Arrays.asList(cells)));
        return r;
    }

    private static RecordColumn put(String name, String value, long version) {
        return new RecordColumn(new Column(name, ColumnValue.fromString(value), version), RecordColumn.ColumnType.PUT);
    }

    private static RecordColumn deleteVersion(String name, long version) {
        return new RecordColumn(new Column(name, ColumnValue.INTERNAL_NULL_VALUE, version), RecordColumn.ColumnType.DELETE_ONE_VERSION);
    }

    private static RecordColumn deleteAll(String name) {
        return new RecordColumn(new Column(name, ColumnValue.INTERNAL_NULL_VALUE), RecordColumn.ColumnType.DELETE_ALL_VERSION);
    }

    private static RowLayout layout(boolean exportDeletes, String... names) {
        List<RowColumn> columns = new ArrayList<>();
        for (String name : names) {
            ChangeField field = Arrays.stream(ChangeField.values()).filter(f -> f.columnName().equals(name)).findFirst().orElse(null);
            columns.add(field != null ? RowColumn.of(field) : new RowColumn(name, false));
        }
        return new RowLayout(ListRecord::new, false, columns, exportDeletes);
    }

    private static List<String> render(RowLayout layout, StreamRecord record) {
        List<Record> out = new ArrayList<>();
        layout.toRecords(new SdkChanges().of(record), "shard-1", out);
        return out.stream().map(Object::toString).collect(Collectors.toList());
    }

    @Test
    void changeFieldsArePlacedWhereListed() {
        List<String> rows = render(layout(false, "@kind", "id", "@time_ms", "a", "@time_us", "@sequence"),
                record(StreamRecord.RecordType.UPDATE, put("a", "x", 5)));
        assertEquals(Arrays.asList("STRING:update|LONG:7|LONG:1441803688001|STRING:x|LONG:1441803688001234"
                + "|STRING:0000000001_00001441803688001234_0000000003_shard-1"), rows);
    }

    @Test
    void kindNamesEachRecordType() {
        RowLayout layout = layout(true, "id", "@kind");
        assertEquals(Arrays.asList("LONG:7|STRING:put"), render(layout, record(StreamRecord.RecordType.PUT)));
        assertEquals(Arrays.asList("LONG:7|STRING:update"), render(layout, record(StreamRecord.RecordType.UPDATE)));
        assertEquals(Arrays.asList("LONG:7|STRING:delete"), render(layout, record(StreamRecord.RecordType.DELETE)));
    }

    @Test
    void exportedDeleteFillsThePrimaryKeyAndLeavesTheOtherColumnsNull() {
        assertEquals(Arrays.asList("STRING:delete|LONG:7|STRING:<null>|STRING:MKDM"),
                render(layout(true, "@kind", "id", "a", "@column_ops"), record(StreamRecord.RecordType.DELETE)));
    }

    @Test
    void deletesAreSkippedUnlessAskedFor() {
        assertEquals(Arrays.asList(), render(layout(false, "@kind", "id", "a"), record(StreamRecord.RecordType.DELETE)));
    }

    @Test
    void columnOpsTellSetFromDeletedVersionFromDeletedFromUntouched() {
        List<String> rows = render(layout(false, "id", "s", "v", "d", "n", "@kind", "@column_ops"), record(StreamRecord.RecordType.UPDATE,
                put("s", "new", 5), deleteVersion("v", 4), deleteAll("d")));
        assertEquals(Arrays.asList("LONG:7|STRING:new|STRING:<null>|STRING:<null>|STRING:<null>|STRING:update|STRING:KSVDNMM"), rows);
    }

    @Test
    void columnOpsOfAPutMarkTheColumnsItLacksDeleted() {
        List<String> rows = render(layout(false, "id", "a", "b", "@column_ops"), record(StreamRecord.RecordType.PUT, put("a", "x", 5)));
        assertEquals(Arrays.asList("LONG:7|STRING:x|STRING:<null>|STRING:KSDM"), rows);
    }

    @Test
    void withColumnOpsAnUpdateThatOnlyDeletesIsALine() {
        StreamRecord update = record(StreamRecord.RecordType.UPDATE, deleteAll("b"));
        assertEquals(Arrays.asList("STRING:<null>|STRING:<null>|STRING:NDM"), render(layout(false, "a", "b", "@column_ops"), update));
        assertEquals(Arrays.asList(), render(layout(false, "a", "b"), update), "upstream's rule without column ops");
    }

    @Test
    void withColumnOpsAPutOfNoneOfTheColumnsIsALineBecauseItClearsThem() {
        StreamRecord put = record(StreamRecord.RecordType.PUT, put("other", "x", 5));
        assertEquals(Arrays.asList("STRING:<null>|STRING:DM"), render(layout(false, "a", "@column_ops"), put));
        assertEquals(Arrays.asList(), render(layout(false, "a"), put), "upstream's rule without column ops");
    }

    @Test
    void anUpdateTouchingNoListedColumnIsSkippedEvenWithColumnOps() {
        assertEquals(Arrays.asList(), render(layout(false, "a", "@column_ops"),
                record(StreamRecord.RecordType.UPDATE, put("other", "x", 5), deleteAll("another"))));
    }

    @Test
    void withoutColumnOpsADeletionInTheSameRecordLeavesThePutValueAsUpstreamDoes() {
        StreamRecord update = record(StreamRecord.RecordType.UPDATE, put("a", "x", 5), deleteAll("a"));
        assertEquals(Arrays.asList("STRING:x"), render(layout(false, "a"), update));
        assertEquals(Arrays.asList("STRING:<null>|STRING:DM"), render(layout(false, "a", "@column_ops"), update));
    }

    @Test
    void deletingAnotherVersionThanTheOnePutKeepsThePutValue() {
        assertEquals(Arrays.asList("STRING:x|STRING:SM"), render(layout(false, "a", "@column_ops"),
                record(StreamRecord.RecordType.UPDATE, put("a", "x", 5), deleteVersion("a", 4))));
    }

    @Test
    void highestVersionWinsWhateverTheOrderOfTheCells() {
        RowLayout layout = layout(false, "a", "@column_ops");
        assertEquals(Arrays.asList("STRING:new|STRING:SM"), render(layout,
                record(StreamRecord.RecordType.PUT, put("a", "new", 9), put("a", "old", 8))));
        assertEquals(Arrays.asList("STRING:new|STRING:SM"), render(layout,
                record(StreamRecord.RecordType.PUT, put("a", "old", 8), put("a", "new", 9))));
    }

    @Test
    void aColumnListedTwiceFillsBothPlaces() {
        assertEquals(Arrays.asList("STRING:x|LONG:7|STRING:x|STRING:SKSM"), render(layout(false, "a", "id", "a", "@column_ops"),
                record(StreamRecord.RecordType.UPDATE, put("a", "x", 5))));
    }
}
