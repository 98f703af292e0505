package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Record;

/** Creates empty DataX records (DataX's RecordSender#createRecord, or a plain record in tests). */
public interface RecordFactory {
    Record newRecord();
}
