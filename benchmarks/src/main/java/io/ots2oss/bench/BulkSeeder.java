package io.ots2oss.bench;

import com.alicloud.openservices.tablestore.SyncClient;
import io.ots2oss.e2e.ChangeBatch;
import io.ots2oss.e2e.ChangeWriter;
import io.ots2oss.e2e.OrderChanges;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes many changes fast: one generator (the quick start's realistic mix), batches of a few thousand written by
 * several threads in parallel. Returns what was written, for the expected row counts.
 */
final class BulkSeeder {
    private static final int CHUNK = 2000;

    private final SyncClient client;
    private final OrderChanges changes;
    private final int threads;

    BulkSeeder(SyncClient client, String table, long seed, int threads) {
        this.client = client;
        this.changes = new OrderChanges(table, seed);
        this.threads = threads;
    }

    /** Writes {@code count} changes; returns the rows they make in multi-version mode and in row mode. */
    long[] write(long count, long versionMillis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> pending = new ArrayList<>();
            long multiVersionRows = 0;
            long rowModeRecords = 0;
            for (long written = 0; written < count; written += CHUNK) {
                ChangeBatch batch = changes.next((int) Math.min(CHUNK, count - written), versionMillis);
                multiVersionRows += batch.multiVersionRows();
                rowModeRecords += batch.puts() + batch.updates();
                pending.add(pool.submit(() -> new ChangeWriter(client).write(batch)));
                if (pending.size() >= threads * 2) {
                    pending.remove(0).get();
                }
            }
            for (Future<?> future : pending) {
                future.get();
            }
            return new long[] {multiVersionRows, rowModeRecords};
        } finally {
            pool.shutdownNow();
        }
    }
}
