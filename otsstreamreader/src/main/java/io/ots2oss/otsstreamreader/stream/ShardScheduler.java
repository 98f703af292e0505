package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.otsstreamreader.status.ShardCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts each owned shard as soon as its parents are done, up to the thread budget, and waits for parents owned by
 * other tasks with a short, growing back-off and an overall deadline.
 */
final class ShardScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ShardScheduler.class);
    private static final long MIN_BACKOFF_MILLIS = 50;
    private static final long MAX_BACKOFF_MILLIS = 2000;

    private final WindowRead run;
    private final ShardLineage lineage;
    private final Map<String, ShardInfo> shardsById;
    private final StartPlan plan;
    private final ExecutorService workers;
    private final RecordPump pump;
    private final Map<String, ShardProgress> progress;
    private final long parentWaitLimitMillis;
    private final LinkedBlockingQueue<Object> completions = new LinkedBlockingQueue<Object>();

    ShardScheduler(WindowRead run, List<ShardInfo> allShards, Map<String, ShardInfo> shardsById, StartPlan plan,
                   ExecutorService workers, RecordPump pump, Map<String, ShardProgress> progress, long parentWaitLimitMillis) {
        this.run = run;
        this.lineage = new ShardLineage(allShards);
        this.shardsById = shardsById;
        this.plan = plan;
        this.workers = workers;
        this.pump = pump;
        this.progress = progress;
        this.parentWaitLimitMillis = parentWaitLimitMillis;
    }

    /** Runs every owned shard to its end for this window; returns one outcome per shard. */
    List<ShardOutcome> runAll(List<String> owned) throws InterruptedException {
        Set<String> pending = new LinkedHashSet<String>(owned);
        List<ShardOutcome> outcomes = new ArrayList<ShardOutcome>();
        int running = 0;
        long backoff = MIN_BACKOFF_MILLIS;
        long lastChange = System.currentTimeMillis();
        int lastCheckpointCount = -1;
        while (!pending.isEmpty() || running > 0) {
            if (!pending.isEmpty()) {
                Map<String, ShardCheckpoint> checkpoints = run.status.readCheckpoints(run.window.endMillis());
                rejectForeignCheckpoints(checkpoints);
                if (checkpoints.size() != lastCheckpointCount) {
                    lastCheckpointCount = checkpoints.size();
                    lastChange = System.currentTimeMillis();
                }
                running += startReadyShards(pending, checkpoints, outcomes);
            }
            if (pending.isEmpty() && running == 0) {
                break;
            }
            Object done = completions.poll(pending.isEmpty() ? MAX_BACKOFF_MILLIS : backoff, TimeUnit.MILLISECONDS);
            if (done != null) {
                running--;
                outcomes.add(unwrap(done));
                backoff = MIN_BACKOFF_MILLIS;
                lastChange = System.currentTimeMillis();
            } else {
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
                if (running == 0 && System.currentTimeMillis() - lastChange > parentWaitLimitMillis) {
                    throw parentTimeout(pending);
                }
            }
        }
        return outcomes;
    }

    private int startReadyShards(Set<String> pending, Map<String, ShardCheckpoint> checkpoints, List<ShardOutcome> outcomes) {
        int started = 0;
        for (String shardId : new ArrayList<String>(pending)) {
            ShardState state = lineage.stateOf(shardId, checkpoints);
            if (state == ShardState.READY) {
                pending.remove(shardId);
                submit(shardsById.get(shardId));
                started++;
            } else if (state == ShardState.SKIP) {
                pending.remove(shardId);
                run.status.writeCheckpoint(run.window.endMillis(),
                        new ShardCheckpoint(shardId, run.version, ShardCheckpoint.TRIM_HORIZON, 0, 0));
                outcomes.add(progress.get(shardId).outcome(StopReason.SKIPPED));
            } else if (state == ShardState.DONE_REACH_END || state == ShardState.DONE_NOT_END) {
                throw DataXException.asDataXException(ReaderErrorCode.INTERNAL,
                        "Shard " + shardId + " already has a checkpoint for this window before this task read it; "
                                + "is another job reading the same window into status table '" + run.status.name() + "'?");
            }
        }
        return started;
    }

    private void submit(final ShardInfo shard) {
        final ShardReader reader = new ShardReader(run, shard, pump.sinkForShard(), progress.get(shard.id()));
        workers.submit(new Runnable() {
            @Override
            public void run() {
                Thread thread = Thread.currentThread();
                String poolName = thread.getName();
                thread.setName("otsstreamreader-shard-" + shard.id());
                try {
                    completions.add(reader.read(plan.checkpointOf(shard.id())));
                } catch (Throwable e) {
                    completions.add(new Failed(shard.id(), e));
                } finally {
                    thread.setName(poolName);
                }
            }
        });
    }

    private void rejectForeignCheckpoints(Map<String, ShardCheckpoint> checkpoints) {
        for (ShardCheckpoint checkpoint : checkpoints.values()) {
            if (!checkpoint.version().equals(run.version)) {
                throw DataXException.asDataXException(ReaderErrorCode.STATUS_TABLE_PROBLEM,
                        "Version of checkpoint is not equal with version of this job: shard " + checkpoint.shardId()
                                + " has a checkpoint of job " + checkpoint.version() + " for the window ending at "
                                + run.window.endMillis() + ", this job is " + run.version + ". Another job is exporting the "
                                + "same window into status table '" + run.status.name() + "'; run one at a time.");
            }
        }
    }

    private DataXException parentTimeout(Set<String> pending) {
        StringBuilder waiting = new StringBuilder();
        for (String shardId : pending) {
            waiting.append(waiting.length() == 0 ? "" : "; ").append(shardId).append(" waits for ")
                    .append(shardsById.get(shardId).parents());
        }
        return DataXException.asDataXException(ReaderErrorCode.LINEAGE_TIMEOUT,
                "Gave up after " + parentWaitLimitMillis / 1000 + " s without progress waiting for parent shards read by "
                        + "other tasks: " + waiting + ". A task reading a parent may have died; re-run the window.");
    }

    private static ShardOutcome unwrap(Object done) {
        if (done instanceof Failed) {
            Failed failed = (Failed) done;
            LOG.error("Reading shard {} failed.", failed.shardId);
            if (failed.cause instanceof RuntimeException) {
                throw (RuntimeException) failed.cause;
            }
            if (failed.cause instanceof Error) {
                throw (Error) failed.cause;
            }
            throw new IllegalStateException("Reading shard " + failed.shardId + " was interrupted", failed.cause);
        }
        return (ShardOutcome) done;
    }

    private static final class Failed {
        final String shardId;
        final Throwable cause;

        Failed(String shardId, Throwable cause) {
            this.shardId = shardId;
            this.cause = cause;
        }
    }
}
