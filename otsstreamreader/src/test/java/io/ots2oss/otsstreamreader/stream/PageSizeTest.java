package io.ots2oss.otsstreamreader.stream;

import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.RecordSequenceInfo;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.decode.SdkChanges;
import io.ots2oss.otsstreamreader.decode.StreamChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageSizeTest {
    private static final long MIB = 1024 * 1024;

    private static StreamChange record(int columns, int valueBytes) {
        StreamRecord record = new StreamRecord();
        record.setPrimaryKey(PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(1)).build());
        List<RecordColumn> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byte[] value = new byte[valueBytes];
            cells.add(new RecordColumn(new Column("c" + c, ColumnValue.fromBinary(value), 1L), RecordColumn.ColumnType.PUT));
        }
        record.setRecordType(StreamRecord.RecordType.PUT);
        record.setSequenceInfo(new RecordSequenceInfo(1, 1_000L, 0));
        record.setColumns(cells);
        return new SdkChanges().of(record);
    }

    private static List<StreamChange> pageOf(int records, int columns, int valueBytes) {
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
        List<StreamChange> page = pageOf(99, 1, 8);
        page.add(record(1, 1_000_000));
        sizer.observe(page);
        assertEquals(33, sizer.nextLimit());
    }

    @Test
    void anEmptyPageKeepsThePageSize() {
        PageSizer sizer = new PageSizer(8 * MIB);
        sizer.observe(pageOf(10, 300, 100));
        int before = sizer.nextLimit();
        sizer.observe(Collections.<StreamChange>emptyList());
        assertEquals(before, sizer.nextLimit());
    }

    @Test
    void heapEstimateCoversTheReplyTheDecodedRecordsAndTheirDataxCopies() {
        PageSizer sizer = new PageSizer(8 * MIB);
        List<StreamChange> page = Arrays.asList(record(1, 1_000_000), record(1, 1_000_000));
        long payload = sizer.observe(page);
        assertTrue(payload >= 2_000_000 && payload < 2_001_000, "payload " + payload);
        assertEquals(payload * PageSizer.HEAP_BYTES_PER_PAYLOAD_BYTE, PageSizer.heapBytesOfPayload(payload));
    }

    @Test
    void observingAPageReturnsItsPayload() {
        List<StreamChange> page = pageOf(3, 2, 50);
        assertEquals(3 * page.get(0).payloadBytes(), new PageSizer(8 * MIB).observe(page));
    }
}
