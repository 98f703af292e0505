package com.alibaba.datax.common.plugin;

import com.alibaba.datax.common.element.Record;

public interface RecordReceiver {
    /** The next record, or null once the reader has terminated and the channel is drained. */
    Record getFromReader();

    void shutdown();
}
