package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.decode.SdkChanges;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.RecordSequenceInfo;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.config.RowColumn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row mode over records parsed in time-series form (the SDK already dropped {@code _#h} and the type suffixes). */
class TimeseriesRowLayoutTest {

    private static PrimaryKey key(String tags) {
        PrimaryKeyBuilder key = PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("_m_name", PrimaryKeyValue.fromString("cpu"))
                .addPrimaryKeyColumn("_data_source", PrimaryKeyValue.fromString("h"));
        if (tags != null) {
            key.addPrimaryKeyColumn("_tags", PrimaryKeyValue.fromString(tags));
        }
        return key.addPrimaryKeyColumn("_time", PrimaryKeyValue.fromLong(1_000_000L)).build();
    }

    private static StreamRecord record(StreamRecord.RecordType type, PrimaryKey key, RecordColumn... columns) {
        StreamRecord r = new StreamRecord();
        r.setRecordType(type);
        r.setPrimaryKey(key);
        r.setSequenceInfo(new RecordSequenceInfo(1, 5_000_000L, 0));
        r.setColumns(new ArrayList<>(Arrays.asList(columns)));
        return r;
    }

    private static RecordColumn put(String name, ColumnValue value) {
        return new RecordColumn(new Column(name, value, 1000L), RecordColumn.ColumnType.PUT);
    }

    private static List<String> render(StreamRecord record, RowColumn... columns) {
        List<Record> out = new ArrayList<>();
        new TimeseriesRowLayout(ListRecord::new, false, Arrays.asList(columns)).toRecords(new SdkChanges().of(record), "shard-1", out);
        return out.stream().map(Object::toString).collect(Collectors.toList());
    }

    @Test
    void anUpdateIsExportedLikeAPutAndADeleteIsSkipped() {
        RowColumn load = new RowColumn("load", false);
        assertEquals(Collections.singletonList("DOUBLE:0.5"),
                render(record(StreamRecord.RecordType.UPDATE, key("[]"), put("load", ColumnValue.fromDouble(0.5))), load));
        assertTrue(render(record(StreamRecord.RecordType.DELETE, key("[]")), load).isEmpty());
    }

    @Test
    void aFieldNamedLikeAKeyColumnWinsAsUpstreamFillsItsMap() {
        assertEquals(Collections.singletonList("STRING:field"),
                render(record(StreamRecord.RecordType.PUT, key("[]"), put("_data_source", ColumnValue.fromString("field"))),
                        new RowColumn("_data_source", false)));
    }

    @Test
    void tagColumnsAreNullWhenTheTableHasNoTagsKey() {
        assertEquals(Collections.singletonList("STRING:<null>|LONG:1000000"),
                render(record(StreamRecord.RecordType.PUT, key(null)), new RowColumn("region", true), new RowColumn("_time", false)));
    }

    @Test
    void malformedTagsAreReportedOnlyWhenATagColumnIsAsked() {
        StreamRecord record = record(StreamRecord.RecordType.PUT, key("[\"broken"), put("v", ColumnValue.fromLong(1)));
        assertEquals(Collections.singletonList("LONG:1"), render(record, new RowColumn("v", false)));
        DataXException e = assertThrows(DataXException.class, () -> render(record, new RowColumn("region", true)));
        assertTrue(e.getMessage().contains("shard shard-1"), e.getMessage());
        assertTrue(e.getMessage().contains("\"[\"broken\""), e.getMessage());
    }
}
