package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.SyncClient;
import io.ots2oss.otsstreamreader.config.Decoder;

/**
 * The reader task's Tablestore client: the SDK's {@link SyncClient} for every call, and GetStreamRecord pages decoded
 * by the chosen {@link Decoder} over the same connections, executors and retry strategy.
 */
public final class ReaderClient {
    private final SyncClient sync;
    private final LeanStreamPages lean;

    ReaderClient(SyncClient sync, LeanStreamPages lean) {
        this.sync = sync;
        this.lean = lean;
    }

    public SyncClient sync() {
        return sync;
    }

    public StreamPages pages(Decoder decoder) {
        return decoder == Decoder.SDK ? new SdkStreamPages(sync) : lean;
    }
}
