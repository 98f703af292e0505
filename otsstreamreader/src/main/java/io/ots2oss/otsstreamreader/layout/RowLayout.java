package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.config.ChangeField;
import io.ots2oss.otsstreamreader.config.RowColumn;
import io.ots2oss.otsstreamreader.decode.ColumnConverter;
import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.List;
import java.util.Locale;

/**
 * Row mode (single_version_and_update_only): the configured columns in order, [sequence info]. A column is taken from
 * the primary key, from the record's put cells (the highest version wins), or, for a {@link ChangeField}, from the
 * record itself. By default deletes and column deletes are skipped, and so is a record carrying none of the
 * configured columns; {@code exportDeletes} and {@code @column_ops} make every change that matters a line.
 */
public final class RowLayout implements RecordLayout {
    private final RecordFactory factory;
    private final boolean withSequenceInfo;
    private final boolean exportDeletes;
    private final RowColumn[] columns;
    private final ColumnPositions positions;
    private final boolean reportsColumnOps;

    public RowLayout(RecordFactory factory, boolean withSequenceInfo, List<RowColumn> columns) {
        this(factory, withSequenceInfo, columns, false);
    }

    public RowLayout(RecordFactory factory, boolean withSequenceInfo, List<RowColumn> columns, boolean exportDeletes) {
        this(factory, withSequenceInfo, columns, new ColumnPositions(columns), exportDeletes);
    }

    RowLayout(RecordFactory factory, boolean withSequenceInfo, List<RowColumn> columns, ColumnPositions positions,
              boolean exportDeletes) {
        this.factory = factory;
        this.withSequenceInfo = withSequenceInfo;
        this.exportDeletes = exportDeletes;
        this.columns = columns.toArray(new RowColumn[0]);
        this.positions = positions;
        boolean ops = false;
        for (RowColumn column : columns) {
            ops |= column.changeField() == ChangeField.COLUMN_OPS;
        }
        this.reportsColumnOps = ops;
    }

    @Override
    public void toRecords(StreamChange record, String shardId, List<Record> out) {
        StreamRecord.RecordType type = record.type();
        if (type == StreamRecord.RecordType.DELETE && !exportDeletes) {
            return;
        }
        RowChange change = RowChange.of(record, positions, columns.length, reportsColumnOps);
        if (!worthALine(type, change)) {
            return;
        }
        Record line = factory.newRecord();
        for (int i = 0; i < columns.length; i++) {
            ChangeField field = columns[i].changeField();
            Column value = field != null ? changeField(field, record, shardId, change) : change.value(i);
            line.addColumn(value != null ? value : ColumnConverter.nullColumn());
        }
        if (withSequenceInfo) {
            line.addColumn(new StringColumn(SequenceInfo.ofRecord(record, shardId)));
        }
        out.add(line);
    }

    /**
     * Upstream's rule: a line when some configured column has a value. A row-wide change (a put replaces the row, an
     * exported delete removes it) and a deleted cell matter too once the line says what happened to each column.
     */
    private boolean worthALine(StreamRecord.RecordType type, RowChange change) {
        if (change.anyValue() || type == StreamRecord.RecordType.DELETE) {
            return true;
        }
        return reportsColumnOps && (type == StreamRecord.RecordType.PUT || change.anyDeletion());
    }

    private Column changeField(ChangeField field, StreamChange record, String shardId, RowChange change) {
        switch (field) {
            case KIND:
                return new StringColumn(record.type().name().toLowerCase(Locale.ROOT));
            case TIME_MS:
                return new LongColumn(record.timestampMicros() / 1000);
            case TIME_US:
                return new LongColumn(record.timestampMicros());
            case SEQUENCE:
                return new StringColumn(SequenceInfo.ofRecord(record, shardId));
            case COLUMN_OPS:
                return new StringColumn(columnOps(record.type(), change));
            default:
                throw new IllegalArgumentException("Unknown change field: " + field);
        }
    }

    private String columnOps(StreamRecord.RecordType type, RowChange change) {
        char[] letters = new char[columns.length];
        for (int i = 0; i < columns.length; i++) {
            letters[i] = columns[i].isChangeField() ? CellOp.METADATA.letter : change.op(i, type).letter;
        }
        return new String(letters);
    }
}
