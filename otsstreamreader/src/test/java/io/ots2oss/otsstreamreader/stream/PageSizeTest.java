package io.ots2oss.otsstreamreader.stream;

import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageSizeTest {

    private static List<StreamRecord> pageOf(int records, int columnsEach) {
        List<StreamRecord> page = new ArrayList<>();
        for (int r = 0; r < records; r++) {
            StreamRecord record = new StreamRecord();
            List<RecordColumn> columns = new ArrayList<>();
            for (int c = 0; c < columnsEach; c++) {
                columns.add(new RecordColumn(new Column("c" + c, ColumnValue.fromLong(c), 1L), RecordColumn.ColumnType.PUT));
            }
            record.setColumns(columns);
            page.add(record);
        }
        return page;
    }

    @Test
    void narrowRowsAreReadInFullPages() {
        assertEquals(1000, ShardReader.pageSizeAfter(pageOf(1000, 1), 1000));
    }

    @Test
    void rowsWithManyColumnsAreReadInPagesOfAboutFourThousandCells() {
        assertEquals(363, ShardReader.pageSizeAfter(pageOf(50, 10), 1000));
    }

    @Test
    void veryWideRowsFallBackToTheServiceDefaultPage() {
        assertEquals(100, ShardReader.pageSizeAfter(pageOf(10, 500), 1000));
    }

    @Test
    void anEmptyPageKeepsThePageSize() {
        assertEquals(363, ShardReader.pageSizeAfter(Collections.<StreamRecord>emptyList(), 363));
    }
}
