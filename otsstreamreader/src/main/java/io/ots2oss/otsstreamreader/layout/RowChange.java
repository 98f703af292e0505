package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Column;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.decode.StreamChange;

/**
 * What one stream record did to each listed table column: the value a line shows and the {@link CellOp}. Lives for
 * one record and one thread; positions come from the task's {@link ColumnPositions}.
 */
final class RowChange {
    private final Column[] values;
    private final long[] versions;
    private final CellOp[] ops;
    private boolean anyValue;
    private boolean anyDeletion;

    private RowChange(int width) {
        values = new Column[width];
        versions = new long[width];
        ops = new CellOp[width];
    }

    /**
     * @param withDeletions whether deleted cells count; upstream's row mode ignores them (a value put and deleted in
     *                      one record stays), and so does ours unless the line reports {@code @column_ops}
     */
    static RowChange of(StreamChange record, ColumnPositions positions, int width, boolean withDeletions) {
        RowChange change = new RowChange(width);
        for (int k = 0; k < record.keyCount(); k++) {
            for (int position : positions.of(record.keyName(k))) {
                change.values[position] = record.keyValue(k);
                change.ops[position] = CellOp.KEY;
                change.anyValue = true;
            }
        }
        if (record.type() != StreamRecord.RecordType.DELETE) {
            for (int c = 0; c < record.cellCount(); c++) {
                RecordColumn.ColumnType op = record.cellOp(c);
                if (!withDeletions && op != RecordColumn.ColumnType.PUT) {
                    continue;
                }
                for (int position : positions.of(record.cellName(c))) {
                    change.apply(position, op, record.cellVersion(c), record.cellValue(c));
                }
            }
        }
        return change;
    }

    /** Cells apply in record order, except that a put never replaces a higher version of the same cell. */
    private void apply(int position, RecordColumn.ColumnType op, long version, Column value) {
        switch (op) {
            case PUT:
                if (ops[position] != CellOp.SET || version >= versions[position]) {
                    values[position] = value;
                    versions[position] = version;
                    ops[position] = CellOp.SET;
                    anyValue = true;
                }
                break;
            case DELETE_ONE_VERSION:
                if (ops[position] != CellOp.SET || versions[position] == version) {
                    values[position] = null;
                    ops[position] = CellOp.DELETED_VERSION;
                    anyDeletion = true;
                }
                break;
            case DELETE_ALL_VERSION:
                values[position] = null;
                ops[position] = CellOp.DELETED;
                anyDeletion = true;
                break;
            default:
                throw new IllegalArgumentException("Unknown record column type: " + op);
        }
    }

    /** The value the line shows at {@code position}, or null. */
    Column value(int position) {
        return values[position];
    }

    /** True when some listed column has a value: a primary key or a set cell. */
    boolean anyValue() {
        return anyValue;
    }

    /** True when the record deleted a listed cell or one of its versions. */
    boolean anyDeletion() {
        return anyDeletion;
    }

    /** The op at a table column's position; what the record did not name depends on its kind. */
    CellOp op(int position, StreamRecord.RecordType type) {
        CellOp op = ops[position];
        if (op != null) {
            return op;
        }
        return type == StreamRecord.RecordType.UPDATE ? CellOp.UNTOUCHED : CellOp.DELETED;
    }
}
