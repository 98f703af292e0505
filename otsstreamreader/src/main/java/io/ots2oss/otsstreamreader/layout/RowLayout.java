package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.config.RowColumn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Row mode (single_version_and_update_only): the configured columns in order, [sequence info].
 * Deletes and column deletes are skipped, and so is a record carrying none of the configured columns.
 */
public final class RowLayout implements RecordLayout {
    private final RecordFactory factory;
    private final boolean withSequenceInfo;
    private final List<RowColumn> columns;

    public RowLayout(RecordFactory factory, boolean withSequenceInfo, List<RowColumn> columns) {
        this.factory = factory;
        this.withSequenceInfo = withSequenceInfo;
        this.columns = columns;
    }

    @Override
    public void toRecords(StreamRecord record, String shardId, List<Record> out) {
        if (record.getRecordType() == StreamRecord.RecordType.DELETE) {
            return;
        }
        Map<String, com.alibaba.datax.common.element.Column> values = valuesByName(record);
        Record line = factory.newRecord();
        boolean anyPresent = false;
        for (RowColumn column : columns) {
            com.alibaba.datax.common.element.Column value = values.get(column.name());
            anyPresent |= value != null;
            line.addColumn(value != null ? value : ColumnConverter.nullColumn());
        }
        if (!anyPresent) {
            return;
        }
        if (withSequenceInfo) {
            line.addColumn(new StringColumn(SequenceInfo.ofRecord(record.getSequenceInfo(), shardId)));
        }
        out.add(line);
    }

    /** Primary keys, then PUT cells in order, so a later version of a column wins. */
    private static Map<String, com.alibaba.datax.common.element.Column> valuesByName(StreamRecord record) {
        Map<String, com.alibaba.datax.common.element.Column> values = new HashMap<String, com.alibaba.datax.common.element.Column>();
        for (PrimaryKeyColumn pk : record.getPrimaryKey().getPrimaryKeyColumns()) {
            values.put(pk.getName(), ColumnConverter.of(pk.getValue()));
        }
        for (RecordColumn change : record.getColumns()) {
            if (change.getColumnType() == RecordColumn.ColumnType.PUT) {
                ColumnValue value = change.getColumn().getValue();
                values.put(change.getColumn().getName(), ColumnConverter.of(value));
            }
        }
        return values;
    }
}
