package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Record;
import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.List;

/** Turns one stream record into the DataX records of one output layout, in emission order. */
public interface RecordLayout {
    void toRecords(StreamChange change, String shardId, List<Record> out);

    /**
     * Whether this layout takes stream records in time-series form: without the hidden {@code _#h} key column and
     * the {@code :type} suffix of field names.
     */
    default boolean takesTimeseriesRecords() {
        return false;
    }
}
