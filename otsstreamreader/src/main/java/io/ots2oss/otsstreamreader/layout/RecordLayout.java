package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Record;
import com.alicloud.openservices.tablestore.model.StreamRecord;

import java.util.List;

/** Turns one stream record into the DataX records of one output layout, in emission order. */
public interface RecordLayout {
    void toRecords(StreamRecord record, String shardId, List<Record> out);

    /**
     * Whether this layout takes stream records parsed in time-series form: the SDK then drops the hidden {@code _#h}
     * key column and the {@code :type} suffix of field names.
     */
    default boolean takesTimeseriesRecords() {
        return false;
    }
}
