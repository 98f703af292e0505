package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Record;
import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.List;

/**
 * A layout fed with a time-series table's stream records in time-series form: key columns {@code _m_name},
 * {@code _data_source}, {@code _tags}, {@code _time} (µs) and fields under their own names. The multi-version layout
 * needs nothing else; {@link TimeseriesRowLayout} adds the tag columns of row mode.
 */
public final class TimeseriesRecords implements RecordLayout {
    private final RecordLayout layout;

    public TimeseriesRecords(RecordLayout layout) {
        this.layout = layout;
    }

    @Override
    public void toRecords(StreamChange record, String shardId, List<Record> out) {
        layout.toRecords(record, shardId, out);
    }

    @Override
    public boolean takesTimeseriesRecords() {
        return true;
    }
}
