package io.ots2oss.otsstreamreader.stream;

import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageSizeTest {
    private static final long MIB = 1024 * 1024;

    private static StreamRecord record(int columns, int valueBytes) {
        StreamRecord record = new StreamRecord();
        record.setPrimaryKey(PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(1)).build());
        List<RecordColumn> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byte[] value = new byte[valueBytes];
            cells.add(new RecordColumn(new Column("c" + c, ColumnValue.fromBinary(value), 1L), RecordColumn.ColumnType.PUT));
        }
        record.setColumns(cells);
        return record;
    }

    private static List<StreamRecord> pageOf(int records, int columns, int valueBytes) {
        return new ArrayList<>(Collections.nCopies(records, record(columns, valueBytes)));
    }

    @Test
    void firstPageIsSizedForRecordsAsLargeAsTablestoreAccepts() {
        assertEquals(2, new PageSizer(8 * MIB).nextLimit());
        assertEquals(1, new PageSizer(2 * MIB).nextLimit());
    }

    @Test
    void smallRecordsAreReadInFullPages() {
        PageSizer sizer = new PageSizer(8 * MIB);
        sizer.observe(pageOf(2, 1, 8));
        assertEquals(PageSizer.MAX_RECORDS_PER_CALL, sizer.nextLimit());
    }

    @Test
    void rowsWithManyColumnsGetPagesOfAboutTheTargetBytes() {
        PageSizer sizer = new PageSizer(8 * MIB);
        sizer.observe(pageOf(50, 300, 100));
        int limit = sizer.nextLimit();
        assertTrue(limit > 200 && limit < 300, "pages of ~8 MiB of ~31 KB records: " + limit);
    }

    @Test
    void largeCellsShrinkTheNextPageToOneRecord() {
        PageSizer sizer = new PageSizer(2 * MIB);
        sizer.observe(pageOf(1, 1, 1_900_000));
        assertEquals(1, sizer.nextLimit());
    }

    @Test
    void oneLargeRecordAmongSmallOnesKeepsTheNextPageSmall() {
        PageSizer sizer = new PageSizer(8 * MIB);
        List<StreamRecord> page = pageOf(99, 1, 8);
        page.add(record(1, 1_000_000));
        sizer.observe(page);
        assertEquals(33, sizer.nextLimit());
    }

    @Test
    void anEmptyPageKeepsThePageSize() {
        PageSizer sizer = new PageSizer(8 * MIB);
        sizer.observe(pageOf(10, 300, 100));
        int before = sizer.nextLimit();
        sizer.observe(Collections.<StreamRecord>emptyList());
        assertEquals(before, sizer.nextLimit());
    }

    @Test
    void heapEstimateCoversTheReplyTheDecodedRecordsAndTheirDataxCopies() {
        PageSizer sizer = new PageSizer(8 * MIB);
        List<StreamRecord> page = Arrays.asList(record(1, 1_000_000), record(1, 1_000_000));
        long payload = PageSizer.payloadBytes(page);
        assertTrue(payload >= 2_000_000 && payload < 2_001_000, "payload " + payload);
        assertEquals(payload * PageSizer.HEAP_BYTES_PER_PAYLOAD_BYTE, sizer.heapBytesOf(page));
    }

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
        assertEquals(sdk, PageSizer.payloadBytes(record));
    }

    @Test
    void observingAPageReturnsItsPayload() {
        List<StreamRecord> page = pageOf(3, 2, 50);
        assertEquals(PageSizer.payloadBytes(page), new PageSizer(8 * MIB).observe(page));
    }
}
