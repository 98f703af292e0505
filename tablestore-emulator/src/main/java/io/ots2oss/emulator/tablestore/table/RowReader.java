package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import io.ots2oss.emulator.tablestore.codec.RowCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Projects stored rows for GetRow / GetRange / BatchGetRow: TTL, columns to get, time range and max versions. */
public final class RowReader {
    private RowReader() {
    }

    /** The row as the reader sees it, or null when nothing of it is visible. */
    public static PlainBufferRow project(StoredRow row, ReadSpec spec, long ttlCutoffMillis) {
        if (row == null || !row.isVisible(ttlCutoffMillis)) {
            return null;
        }
        List<PlainBufferCell> cells = new ArrayList<>();
        for (Map.Entry<String, NavigableMap<Long, ColumnValue>> column : row.columns().entrySet()) {
            if (!spec.wants(column.getKey())) {
                continue;
            }
            int taken = 0;
            for (Map.Entry<Long, ColumnValue> version : column.getValue().entrySet()) {
                long ts = version.getKey();
                if (taken == spec.maxVersions()) {
                    break;
                }
                if (ts >= ttlCutoffMillis && ts >= spec.startMillis() && ts < spec.endMillis()) {
                    cells.add(RowCodec.dataCell(column.getKey(), version.getValue(), ts, null));
                    taken++;
                }
            }
        }
        boolean pkOnlyRow = row.columns().isEmpty() && spec.columns().isEmpty();
        if (cells.isEmpty() && !pkOnlyRow) {
            return null;
        }
        return new PlainBufferRow(RowCodec.primaryKeyCells(row.primaryKey()), cells, false);
    }

    public static PlainBufferRow primaryKeyOnly(PrimaryKey pk) {
        return new PlainBufferRow(RowCodec.primaryKeyCells(pk), new ArrayList<>(), false);
    }
}
