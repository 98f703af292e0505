package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;
import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.TimeseriesResponseFactory;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.otsstreamreader.config.RowColumn;
import io.ots2oss.otsstreamreader.decode.ColumnConverter;
import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Row mode for a time-series table, as upstream fills it: every key column ({@code _m_name}, {@code _data_source},
 * {@code _tags} as stored, {@code _time} in µs) and field by name, fields with their own types; a tag column
 * ({@code is_timeseries_tag}) takes its value from the parsed {@code _tags}, always as a string. Deletes are skipped,
 * and so is a record carrying none of the configured columns.
 */
public final class TimeseriesRowLayout implements RecordLayout {
    private static final String TAGS = "_tags";

    private final RecordFactory factory;
    private final boolean withSequenceInfo;
    private final RowColumn[] columns;
    private final ColumnPositions positions;
    private final boolean anyTagColumn;

    public TimeseriesRowLayout(RecordFactory factory, boolean withSequenceInfo, List<RowColumn> columns) {
        this(factory, withSequenceInfo, columns, new ColumnPositions(columns));
    }

    TimeseriesRowLayout(RecordFactory factory, boolean withSequenceInfo, List<RowColumn> columns, ColumnPositions positions) {
        this.factory = factory;
        this.withSequenceInfo = withSequenceInfo;
        this.columns = columns.toArray(new RowColumn[0]);
        this.positions = positions;
        boolean tags = false;
        for (RowColumn column : columns) {
            tags |= column.timeseriesTag();
        }
        this.anyTagColumn = tags;
    }

    @Override
    public void toRecords(StreamChange record, String shardId, List<Record> out) {
        if (record.type() == StreamRecord.RecordType.DELETE) {
            return;
        }
        Map<String, String> tags = anyTagColumn ? tags(record, shardId) : Collections.<String, String>emptyMap();
        Column[] values = values(record);
        Record line = factory.newRecord();
        boolean anyPresent = false;
        for (int i = 0; i < columns.length; i++) {
            Column value;
            if (columns[i].timeseriesTag()) {
                String tag = tags.get(columns[i].name());
                value = tag == null ? null : new StringColumn(tag);
            } else {
                value = values[i];
            }
            anyPresent |= value != null;
            line.addColumn(value != null ? value : ColumnConverter.nullColumn());
        }
        if (!anyPresent) {
            return;
        }
        if (withSequenceInfo) {
            line.addColumn(new StringColumn(SequenceInfo.ofRecord(record, shardId)));
        }
        out.add(line);
    }

    @Override
    public boolean takesTimeseriesRecords() {
        return true;
    }

    /** Key columns first, then PUT cells in order: a later cell of a name wins, even over a key column. */
    private Column[] values(StreamChange record) {
        Column[] values = new Column[columns.length];
        for (int k = 0; k < record.keyCount(); k++) {
            for (int position : positions.of(record.keyName(k))) {
                values[position] = record.keyValue(k);
            }
        }
        for (int c = 0; c < record.cellCount(); c++) {
            if (record.cellOp(c) == RecordColumn.ColumnType.PUT) {
                for (int position : positions.of(record.cellName(c))) {
                    values[position] = record.cellValue(c);
                }
            }
        }
        return values;
    }

    /** The tags of the record's {@code _tags} key ({@code ["k=v",...]}); none when the table has no such key. */
    private static Map<String, String> tags(StreamChange record, String shardId) {
        Column stored = record.keyValue(TAGS);
        if (stored == null) {
            return Collections.emptyMap();
        }
        String text = stored.asString();
        try {
            return TimeseriesResponseFactory.parseTagsOrAttrs(text);
        } catch (RuntimeException e) {
            throw DataXException.asDataXException(ReaderErrorCode.RECORD_PROBLEM, "Parse \"_tags\" fail: shard " + shardId
                    + ", record key (" + record.describeKey() + ") has the _tags value \"" + text + "\""
                    + ", which is not a list of tags such as [\"k1=v1\",\"k2=v2\"] (" + e.getMessage() + ").", e);
        }
    }
}
