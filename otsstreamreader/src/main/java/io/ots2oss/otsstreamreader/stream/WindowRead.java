package io.ots2oss.otsstreamreader.stream;

import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.otsstreamreader.config.TimeWindow;
import io.ots2oss.otsstreamreader.layout.ShardLayouts;
import io.ots2oss.otsstreamreader.status.StatusTable;

import com.alicloud.openservices.tablestore.SyncClientInterface;
import io.ots2oss.otsstreamreader.client.StreamPages;

/** Everything a shard reader needs that is the same for every shard of the task. */
final class WindowRead {
    /** Seek this far before the window start, as upstream's enableSeekIterator does. */
    static final long SEEK_MARGIN_MILLIS = 10 * 60 * 1000L;
    /** Write a sparse shard-time checkpoint about this often in stream time, as upstream does. */
    static final long TIME_CHECKPOINT_INTERVAL_MILLIS = 10 * 60 * 1000L;

    final SyncClientInterface client;
    /** GetStreamRecord, decoded by the job's decoder. */
    final StreamPages pages;
    final StatusTable status;
    final String tableName;
    final String streamId;
    final String version;
    final TimeWindow window;
    final int expirationHours;
    /** Each shard reader's own layout. */
    final ShardLayouts layouts;
    final boolean tableGroupSupport;
    /** The JVM-wide budget of what pages and their records may hold. */
    final MemoryBudget memory;

    WindowRead(SyncClientInterface client, StreamPages pages, StatusTable status, String tableName, String streamId, String version,
               TimeWindow window, int expirationHours, ShardLayouts layouts, boolean tableGroupSupport) {
        this.client = client;
        this.pages = pages;
        this.status = status;
        this.tableName = tableName;
        this.streamId = streamId;
        this.version = version;
        this.window = window;
        this.expirationHours = expirationHours;
        this.layouts = layouts;
        this.tableGroupSupport = tableGroupSupport;
        this.memory = ReaderMemory.shared();
    }
}
