package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SdkChangesTest {
    @Test
    void payloadBytesCountAsTheSdkCountsDataSize() {
        StreamRecord record = new StreamRecord();
        record.setPrimaryKey(PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("region", PrimaryKeyValue.fromString("杭州-01"))
                .addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(7))
                .addPrimaryKeyColumn("raw", PrimaryKeyValue.fromBinary(new byte[] {1, 2, 3})).build());
        List<RecordColumn> cells = new ArrayList<>();
        cells.add(new RecordColumn(new Column("name", ColumnValue.fromString("plain ascii"), 5L), RecordColumn.ColumnType.PUT));
        cells.add(new RecordColumn(new Column("note", ColumnValue.fromString("é, 中文 and 😀"), 6L), RecordColumn.ColumnType.PUT));
        cells.add(new RecordColumn(new Column("列", ColumnValue.fromDouble(1.5)), RecordColumn.ColumnType.PUT));
        cells.add(new RecordColumn(new Column("flag", ColumnValue.fromBoolean(true), 7L), RecordColumn.ColumnType.PUT));
        cells.add(new RecordColumn(new Column("blob", ColumnValue.fromBinary(new byte[40]), 8L), RecordColumn.ColumnType.PUT));
        cells.add(new RecordColumn(new Column("n", ColumnValue.fromLong(3), 9L), RecordColumn.ColumnType.PUT));
        record.setColumns(cells);

        long sdk = record.getPrimaryKey().getDataSize();
        for (RecordColumn cell : cells) {
            sdk += cell.getColumn().getDataSize();
        }
        assertEquals(sdk, SdkChanges.payloadBytes(record));
    }
}
