package io.ots2oss.tools.status;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.ots2oss.otsstreamreader.status.ShardCheckpoint;
import io.ots2oss.otsstreamreader.status.StreamJobDesc;

/** One window a reader job (ours or upstream's) started: its job description and the checkpoints it left. */
public final class ExportedWindow {
    private final StreamJobDesc job;
    private final Map<String, ShardCheckpoint> checkpoints;

    ExportedWindow(StreamJobDesc job, Map<String, ShardCheckpoint> checkpoints) {
        this.job = job;
        this.checkpoints = Collections.unmodifiableMap(new TreeMap<String, ShardCheckpoint>(checkpoints));
    }

    public long startMillis() {
        return job.startMillis();
    }

    public long endMillis() {
        return job.endMillis();
    }

    public StreamJobDesc job() {
        return job;
    }

    /** When the job started, from its version ({@code millis-uuid}, as both readers write it), or -1. */
    public long startedAtMillis() {
        String version = job.version();
        int dash = version.indexOf('-');
        String head = dash < 0 ? version : version.substring(0, dash);
        return head.matches("\\d{10,16}") ? Long.parseLong(head) : -1L;
    }

    public int shardCount() {
        return job.shardIds().size();
    }

    /** The checkpoints of this job's version, by shard id (earlier runs of the same window are not counted). */
    public Map<String, ShardCheckpoint> checkpoints() {
        Map<String, ShardCheckpoint> own = new TreeMap<String, ShardCheckpoint>();
        for (Map.Entry<String, ShardCheckpoint> e : checkpoints.entrySet()) {
            if (job.version().equals(e.getValue().version())) {
                own.put(e.getKey(), e.getValue());
            }
        }
        return own;
    }

    /** Upstream's rule for resuming from a window: every shard of the job has a checkpoint of the job's version. */
    public boolean complete() {
        return checkpoints().keySet().containsAll(job.shardIds());
    }

    /** Records sent, from the checkpoints' SendRecordCount (upstream's reader does not always write it). */
    public long records() {
        long sum = 0;
        for (ShardCheckpoint checkpoint : checkpoints().values()) {
            sum += checkpoint.sendRecordCount();
        }
        return sum;
    }
}
