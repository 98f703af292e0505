package io.ots2oss.otsstreamreader.stream;

/** What one shard contributed to the window, for the end-of-task report. */
public final class ShardOutcome {
    private final String shardId;
    private final StopReason reason;
    private final long recordsSent;
    private final long firstMillis;
    private final long lastMillis;

    ShardOutcome(String shardId, StopReason reason, long recordsSent, long firstMillis, long lastMillis) {
        this.shardId = shardId;
        this.reason = reason;
        this.recordsSent = recordsSent;
        this.firstMillis = firstMillis;
        this.lastMillis = lastMillis;
    }

    public String shardId() {
        return shardId;
    }

    public StopReason reason() {
        return reason;
    }

    public long recordsSent() {
        return recordsSent;
    }

    @Override
    public String toString() {
        return "shard " + shardId + ": records sent " + recordsSent
                + (recordsSent > 0 ? ", first stream time " + firstMillis + ", last stream time " + lastMillis : "")
                + ", stopped: " + reason;
    }
}
