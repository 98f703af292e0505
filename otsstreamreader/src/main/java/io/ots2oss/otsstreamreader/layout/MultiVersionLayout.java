package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.decode.ColumnConverter;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;

import java.util.List;

/**
 * One DataX record per cell change: pk..., column name, version (ms), value, op type, [sequence info].
 * A PutRow first emits DR (the row is replaced), then one U per column.
 */
public final class MultiVersionLayout implements RecordLayout {
    private final RecordFactory factory;
    private final boolean withSequenceInfo;

    public MultiVersionLayout(RecordFactory factory, boolean withSequenceInfo) {
        this.factory = factory;
        this.withSequenceInfo = withSequenceInfo;
    }

    @Override
    public void toRecords(StreamRecord record, String shardId, List<Record> out) {
        int cell = 0;
        switch (record.getRecordType()) {
            case PUT:
                out.add(deleteRow(record, shardId, cell++));
                for (RecordColumn column : record.getColumns()) {
                    out.add(cellChange(record, column, shardId, cell++));
                }
                break;
            case UPDATE:
                for (RecordColumn column : record.getColumns()) {
                    out.add(cellChange(record, column, shardId, cell++));
                }
                break;
            case DELETE:
                out.add(deleteRow(record, shardId, cell));
                break;
            default:
                throw new IllegalArgumentException("Unknown stream record type: " + record.getRecordType());
        }
    }

    private Record deleteRow(StreamRecord record, String shardId, int cell) {
        Record line = withPrimaryKey(record.getPrimaryKey());
        line.addColumn(ColumnConverter.nullColumn());
        line.addColumn(ColumnConverter.nullColumn());
        line.addColumn(ColumnConverter.nullColumn());
        return finish(line, "DR", record, shardId, cell);
    }

    private Record cellChange(StreamRecord record, RecordColumn change, String shardId, int cell) {
        Record line = withPrimaryKey(record.getPrimaryKey());
        com.alicloud.openservices.tablestore.model.Column column = change.getColumn();
        line.addColumn(new StringColumn(column.getName()));
        switch (change.getColumnType()) {
            case PUT:
                line.addColumn(new LongColumn(column.getTimestamp()));
                line.addColumn(ColumnConverter.of(column.getValue()));
                return finish(line, "U", record, shardId, cell);
            case DELETE_ONE_VERSION:
                line.addColumn(new LongColumn(column.getTimestamp()));
                line.addColumn(ColumnConverter.nullColumn());
                return finish(line, "DO", record, shardId, cell);
            case DELETE_ALL_VERSION:
                line.addColumn(ColumnConverter.nullColumn());
                line.addColumn(ColumnConverter.nullColumn());
                return finish(line, "DA", record, shardId, cell);
            default:
                throw new IllegalArgumentException("Unknown record column type: " + change.getColumnType());
        }
    }

    private Record withPrimaryKey(PrimaryKey primaryKey) {
        Record line = factory.newRecord();
        for (PrimaryKeyColumn pk : primaryKey.getPrimaryKeyColumns()) {
            line.addColumn(ColumnConverter.of(pk.getValue()));
        }
        return line;
    }

    private Record finish(Record line, String opType, StreamRecord record, String shardId, int cell) {
        line.addColumn(new StringColumn(opType));
        if (withSequenceInfo) {
            line.addColumn(new StringColumn(SequenceInfo.ofCell(record.getSequenceInfo(), shardId, cell)));
        }
        return line;
    }
}
