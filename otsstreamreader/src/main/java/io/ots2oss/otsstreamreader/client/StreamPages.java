package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;

/** GetStreamRecord with the reply's records decoded for the layouts, through the SDK's retries and error handling. */
public interface StreamPages {
    /** Blocks until the reply (after any retries); throws what the SDK's client would throw. */
    StreamPage fetch(GetStreamRecordRequest request);
}
