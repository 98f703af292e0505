package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import io.ots2oss.emulator.tablestore.codec.RowCodec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The rows of a table, compact: order-preserving key bytes → the row (all versions) as PlainBuffer
 * bytes. About 200 bytes per small row instead of ~800 as SDK objects, so benchmark tables with
 * tens of millions of rows fit in memory. Rows are decoded on access.
 */
public final class RowStore {
    private final ConcurrentSkipListMap<byte[], byte[]> rows = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final boolean keepRows;

    /** @param keepRows false for a stream-only table, whose writes leave no rows behind */
    RowStore(boolean keepRows) {
        this.keepRows = keepRows;
    }

    public StoredRow get(PrimaryKey pk) {
        byte[] encoded = rows.get(KeyEncoding.encode(pk));
        return encoded == null ? null : decode(encoded);
    }

    void put(StoredRow row) {
        if (!keepRows) {
            return;
        }
        rows.put(KeyEncoding.encode(row.primaryKey()), encode(row));
    }

    void remove(PrimaryKey pk) {
        rows.remove(KeyEncoding.encode(pk));
    }

    public int size() {
        return rows.size();
    }

    /** Rows from {@code start} (inclusive) towards {@code end} (exclusive), in key order or reversed. */
    public Iterator<StoredRow> range(PrimaryKey start, PrimaryKey end, boolean forward) {
        byte[] from = KeyEncoding.encode(start);
        byte[] to = KeyEncoding.encode(end);
        int order = Arrays.compareUnsigned(from, to);
        NavigableMap<byte[], byte[]> view;
        if (order == 0 || (order > 0) == forward) {
            view = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
        } else if (forward) {
            view = rows.subMap(from, true, to, false);
        } else {
            view = rows.descendingMap().subMap(from, true, to, false);
        }
        Iterator<byte[]> values = view.values().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return values.hasNext();
            }

            @Override
            public StoredRow next() {
                return decode(values.next());
            }
        };
    }

    private static byte[] encode(StoredRow row) {
        List<PlainBufferCell> cells = new ArrayList<>();
        for (Map.Entry<String, NavigableMap<Long, ColumnValue>> column : row.columns().entrySet()) {
            for (Map.Entry<Long, ColumnValue> version : column.getValue().entrySet()) {
                cells.add(RowCodec.dataCell(column.getKey(), version.getValue(), version.getKey(), null));
            }
        }
        return RowCodec.encodeRow(new PlainBufferRow(RowCodec.primaryKeyCells(row.primaryKey()), cells, false));
    }

    private static StoredRow decode(byte[] encoded) {
        PlainBufferRow row = RowCodec.decodeSingleRow(encoded);
        StoredRow.Builder builder = new StoredRow.Builder(RowCodec.primaryKeyOf(row));
        for (PlainBufferCell cell : row.getCells()) {
            builder.put(cell.getCellName(), cell.getCellTimestamp(), cell.getCellValue());
        }
        return builder.build(Integer.MAX_VALUE);
    }
}
