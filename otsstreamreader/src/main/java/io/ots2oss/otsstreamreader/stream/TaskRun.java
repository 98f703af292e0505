package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;
import com.alicloud.openservices.tablestore.SyncClientInterface;
import io.ots2oss.otsstreamreader.client.ClientHealth;
import io.ots2oss.otsstreamreader.client.OtsFailures;
import io.ots2oss.otsstreamreader.client.StreamPages;
import io.ots2oss.otsstreamreader.config.TimeWindow;
import io.ots2oss.otsstreamreader.layout.ShardLayouts;
import io.ots2oss.otsstreamreader.status.StatusTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the shards one task owns for one window: shard threads fetch and convert concurrently, and the calling
 * (DataX) thread hands the records to the writer, logs progress, and finally one report line per shard.
 */
public final class TaskRun {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);
    /** Batches (GetStreamRecord pages) a shard may have waiting for the writer before it stalls. */
    private static final int PREFETCH_BATCHES_PER_SHARD = 2;
    /** The scheduler returns right after it signals the end; this only bounds the wait should it not. */
    private static final long SCHEDULER_END_WAIT_MILLIS = 60_000L;

    private final WindowRead run;
    private final List<ShardInfo> allShards;
    private final StartPlan plan;
    private final int threads;
    private final long parentWaitLimitMillis;
    private final long progressIntervalMillis;

    public TaskRun(SyncClientInterface client, StreamPages pages, StatusTable status, String tableName, String streamId, String version,
                   TimeWindow window, int expirationHours, ShardLayouts layouts, boolean tableGroupSupport,
                   List<ShardInfo> allShards, StartPlan plan, int threads, long parentWaitLimitMillis, long progressIntervalMillis) {
        this.run = new WindowRead(client, pages, status, tableName, streamId, version, window, expirationHours, layouts, tableGroupSupport);
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
        final ClientHealth health = ClientHealth.of(run.client);
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
            drain(pump, emitter, progress, outcomes, health);
            List<ShardOutcome> result = outcomes.get(SCHEDULER_END_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            report(result);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the stream", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), health);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The shard scheduler signalled the end of the stream but did not return", e);
        } catch (RuntimeException | Error e) {
            throw failure(e, health);
        } finally {
            pump.close();
            coordinator.shutdownNow();
            workers.shutdownNow();
        }
    }

    /**
     * Hands every batch to DataX until the scheduler signals the end (or a failure). Should the scheduler ever stop
     * without a signal, the drain notices on its next idle poll instead of waiting forever.
     */
    private void drain(RecordPump pump, RecordEmitter emitter, Map<String, ShardProgress> progress, Future<?> scheduling,
                       ClientHealth health) throws InterruptedException, ExecutionException {
        long pollMillis = Math.max(1L, Math.min(1000L, progressIntervalMillis));
        long lastLog = System.currentTimeMillis();
        while (true) {
            RecordPump.Batch batch = pump.next(pollMillis);
            if (batch == RecordPump.Batch.EMPTY && health.reactorStopped()) {
                // Calls in flight would each wait the client's whole timeout for a reply that can never come.
                throw new IllegalStateException("The Tablestore SDK's I/O reactor has stopped while shards were being read");
            }
            if (batch == RecordPump.Batch.EMPTY && scheduling.isDone()) {
                batch = pump.next(0);
                if (batch == RecordPump.Batch.EMPTY) {
                    scheduling.get();
                    throw new IllegalStateException("The shard scheduler ended without signalling the end of the stream");
                }
            }
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

    /** A failure as the task reports it: a broken client (out of memory, dead I/O reactor) says what to change. */
    private RuntimeException failure(Throwable cause, ClientHealth health) {
        if (OtsFailures.isClientBroken(cause) || health.reactorStopped()) {
            return OtsFailures.clientBroken(cause, threads, run.memory.totalBytes());
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
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
