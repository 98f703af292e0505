package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;
import io.ots2oss.otsstreamreader.decode.ColumnConverter;
import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.List;

/**
 * One DataX record per cell change: pk..., column name, version (ms), value, op type, [sequence info].
 * A PutRow first emits DR (the row is replaced), then one U per column.
 */
public final class MultiVersionLayout implements RecordLayout {
    /** The op types, one instance each for every line (DataX columns have no public mutators). */
    private static final StringColumn ROW_DELETED = new StringColumn("DR");
    private static final StringColumn CELL_PUT = new StringColumn("U");
    private static final StringColumn VERSION_DELETED = new StringColumn("DO");
    private static final StringColumn ALL_VERSIONS_DELETED = new StringColumn("DA");

    private final RecordFactory factory;
    private final boolean withSequenceInfo;

    public MultiVersionLayout(RecordFactory factory, boolean withSequenceInfo) {
        this.factory = factory;
        this.withSequenceInfo = withSequenceInfo;
    }

    @Override
    public void toRecords(StreamChange record, String shardId, List<Record> out) {
        switch (record.type()) {
            case PUT:
                out.add(deleteRow(record, shardId, 0));
                for (int c = 0; c < record.cellCount(); c++) {
                    out.add(cellChange(record, c, shardId, c + 1));
                }
                break;
            case UPDATE:
                for (int c = 0; c < record.cellCount(); c++) {
                    out.add(cellChange(record, c, shardId, c));
                }
                break;
            case DELETE:
                out.add(deleteRow(record, shardId, 0));
                break;
            default:
                throw new IllegalArgumentException("Unknown stream record type: " + record.type());
        }
    }

    private Record deleteRow(StreamChange record, String shardId, int line) {
        Record out = withPrimaryKey(record);
        out.addColumn(ColumnConverter.nullColumn());
        out.addColumn(ColumnConverter.nullColumn());
        out.addColumn(ColumnConverter.nullColumn());
        return finish(out, ROW_DELETED, record, shardId, line);
    }

    private Record cellChange(StreamChange record, int cell, String shardId, int line) {
        Record out = withPrimaryKey(record);
        out.addColumn(new StringColumn(record.cellName(cell)));
        switch (record.cellOp(cell)) {
            case PUT:
                out.addColumn(new LongColumn(record.cellVersion(cell)));
                out.addColumn(record.cellValue(cell));
                return finish(out, CELL_PUT, record, shardId, line);
            case DELETE_ONE_VERSION:
                out.addColumn(new LongColumn(record.cellVersion(cell)));
                out.addColumn(ColumnConverter.nullColumn());
                return finish(out, VERSION_DELETED, record, shardId, line);
            case DELETE_ALL_VERSION:
                out.addColumn(ColumnConverter.nullColumn());
                out.addColumn(ColumnConverter.nullColumn());
                return finish(out, ALL_VERSIONS_DELETED, record, shardId, line);
            default:
                throw new IllegalArgumentException("Unknown record column type: " + record.cellOp(cell));
        }
    }

    private Record withPrimaryKey(StreamChange record) {
        Record line = factory.newRecord();
        for (int k = 0; k < record.keyCount(); k++) {
            line.addColumn(record.keyValue(k));
        }
        return line;
    }

    private Record finish(Record line, StringColumn opType, StreamChange record, String shardId, int cell) {
        line.addColumn(opType);
        if (withSequenceInfo) {
            line.addColumn(new StringColumn(SequenceInfo.ofCell(record, shardId, cell)));
        }
        return line;
    }
}
