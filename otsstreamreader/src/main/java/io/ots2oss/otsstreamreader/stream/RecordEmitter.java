package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;

/** Where the task's records go (DataX's RecordSender#sendToWriter); called from one thread only. */
public interface RecordEmitter {
    void emit(Record record);
}
