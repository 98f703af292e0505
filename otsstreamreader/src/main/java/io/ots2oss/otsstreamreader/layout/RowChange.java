package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.decode.ColumnConverter;
import com.alibaba.datax.common.element.Column;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;

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
    static RowChange of(StreamRecord record, ColumnPositions positions, int width, boolean withDeletions) {
        RowChange change = new RowChange(width);
        for (PrimaryKeyColumn pk : record.getPrimaryKey().getPrimaryKeyColumns()) {
            for (int position : positions.of(pk.getName())) {
                change.values[position] = ColumnConverter.of(pk.getValue());
                change.ops[position] = CellOp.KEY;
                change.anyValue = true;
            }
        }
        if (record.getRecordType() != StreamRecord.RecordType.DELETE) {
            for (RecordColumn cell : record.getColumns()) {
                if (!withDeletions && cell.getColumnType() != RecordColumn.ColumnType.PUT) {
                    continue;
                }
                for (int position : positions.of(cell.getColumn().getName())) {
                    change.apply(position, cell);
                }
            }
        }
        return change;
    }

    /** Cells apply in record order, except that a put never replaces a higher version of the same cell. */
    private void apply(int position, RecordColumn cell) {
        com.alicloud.openservices.tablestore.model.Column column = cell.getColumn();
        switch (cell.getColumnType()) {
            case PUT:
                if (ops[position] != CellOp.SET || column.getTimestamp() >= versions[position]) {
                    values[position] = ColumnConverter.of(column.getValue());
                    versions[position] = column.getTimestamp();
                    ops[position] = CellOp.SET;
                    anyValue = true;
                }
                break;
            case DELETE_ONE_VERSION:
                if (ops[position] != CellOp.SET || versions[position] == column.getTimestamp()) {
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
                throw new IllegalArgumentException("Unknown record column type: " + cell.getColumnType());
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
