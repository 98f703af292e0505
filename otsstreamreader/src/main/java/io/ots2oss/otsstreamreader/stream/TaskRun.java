package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;
import com.alicloud.openservices.tablestore.SyncClientInterface;
import io.ots2oss.otsstreamreader.config.TimeWindow;
import io.ots2oss.otsstreamreader.layout.RecordLayout;
import io.ots2oss.otsstreamreader.status.StatusTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;

/**
 * Reads the shards one task owns for one window: shard threads fetch and convert concurrently, and the calling
 * (DataX) thread hands the records to the writer, logs progress, and finally one report line per shard.
 */
public final class TaskRun {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);
    /** Batches (GetStreamRecord pages) a shard may have waiting for the writer before it stalls. */
    private static final int PREFETCH_BATCHES_PER_SHARD = 2;

    private final WindowRead run;
    private final List<ShardInfo> allShards;
    private final StartPlan plan;
    private final int threads;
    private final long parentWaitLimitMillis;
    private final long progressIntervalMillis;

    public TaskRun(SyncClientInterface client, StatusTable status, String tableName, String streamId, String version,
                   TimeWindow window, int expirationHours, RecordLayout layout, boolean tableGroupSupport,
                   List<ShardInfo> allShards, StartPlan plan, int threads, long parentWaitLimitMillis, long progressIntervalMillis) {
        this.run = new WindowRead(client, status, tableName, streamId, version, window, expirationHours, layout, tableGroupSupport);
        this.allShards = allShards;
        this.plan = plan;
        this.threads = threads;
        this.parentWaitLimitMillis = parentWaitLimitMillis;
        this.progressIntervalMillis = progressIntervalMillis;
    }

    public List<ShardOutcome> execute(List<String> ownedShardIds, RecordEmitter emitter) {
        final Map<String, ShardInfo> byId = new HashMap<String, ShardInfo>();
        for (ShardInfo shard : allShards) {
            byId.put(shard.id(), shard);
        }
        final Map<String, ShardProgress> progress = new LinkedHashMap<String, ShardProgress>();
        for (String shardId : ownedShardIds) {
            progress.put(shardId, new ShardProgress(shardId));
        }
        int readers = Math.max(1, Math.min(threads, ownedShardIds.size()));
        final RecordPump pump = new RecordPump(PREFETCH_BATCHES_PER_SHARD);
        ExecutorService workers = Executors.newFixedThreadPool(readers, named("otsstreamreader-shard"));
        ExecutorService coordinator = Executors.newSingleThreadExecutor(named("otsstreamreader-scheduler"));
        final ShardScheduler scheduler = new ShardScheduler(run, allShards, byId, plan, workers, pump, progress, parentWaitLimitMillis);
        final List<String> owned = new ArrayList<String>(ownedShardIds);
        LOG.info("Reading {} shards of stream {} for window {} with {} threads.", owned.size(), run.streamId, run.window, readers);
        try {
            Future<List<ShardOutcome>> outcomes = coordinator.submit(new Callable<List<ShardOutcome>>() {
                @Override
                public List<ShardOutcome> call() throws Exception {
                    try {
                        List<ShardOutcome> result = scheduler.runAll(owned);
                        pump.finish();
                        return result;
                    } catch (Throwable e) {
                        pump.fail(e);
                        throw e instanceof Exception ? (Exception) e : new RuntimeException(e);
                    }
                }
            });
            drain(pump, emitter, progress);
            List<ShardOutcome> result = outcomes.get();
            report(result);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the stream", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        } finally {
            coordinator.shutdownNow();
            workers.shutdownNow();
        }
    }

    private void drain(RecordPump pump, RecordEmitter emitter, Map<String, ShardProgress> progress) throws InterruptedException {
        long lastLog = System.currentTimeMillis();
        while (true) {
            RecordPump.Batch batch = pump.next(Math.min(1000L, progressIntervalMillis));
            if (batch == null) {
                return;
            }
            for (Record record : batch.records) {
                emitter.emit(record);
            }
            batch.done();
            long now = System.currentTimeMillis();
            if (now - lastLog >= progressIntervalMillis) {
                lastLog = now;
                LOG.info("Progress of window {}: {}", run.window, progress.values());
            }
        }
    }

    private void report(List<ShardOutcome> outcomes) {
        long total = 0;
        for (ShardOutcome outcome : outcomes) {
            total += outcome.recordsSent();
            LOG.info("Window {} {}", run.window, outcome);
        }
        LOG.info("Window {}: {} shards done, {} records sent.", run.window, outcomes.size(), total);
    }

    private static ThreadFactory named(final String prefix) {
        final AtomicInteger counter = new AtomicInteger();
        return new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }
        };
    }
}
