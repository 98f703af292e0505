package io.ots2oss.otsstreamreader.status;

/** Where one shard stopped at the end of a window: an iterator, {@link #SHARD_END} or {@link #TRIM_HORIZON}. */
public final class ShardCheckpoint {
    /** The shard was read to its end; it has no more records, ever. */
    public static final String SHARD_END = "SHARD_END";
    /** No position: start from the oldest retained record (used for shards skipped in a window). */
    public static final String TRIM_HORIZON = "TRIM_HORIZON";

    private final String shardId;
    private final String version;
    private final String position;
    private final long skipCount;
    private final long sendRecordCount;

    public ShardCheckpoint(String shardId, String version, String position, long skipCount, long sendRecordCount) {
        this.shardId = shardId;
        this.version = version;
        this.position = position;
        this.skipCount = skipCount;
        this.sendRecordCount = sendRecordCount;
    }

    public String shardId() {
        return shardId;
    }

    /** The version of the job that wrote it; "" for rows of very old readers. */
    public String version() {
        return version;
    }

    public String position() {
        return position;
    }

    public long skipCount() {
        return skipCount;
    }

    public long sendRecordCount() {
        return sendRecordCount;
    }

    public boolean isShardEnd() {
        return SHARD_END.equals(position);
    }

    public boolean isTrimHorizon() {
        return TRIM_HORIZON.equals(position);
    }

    @Override
    public String toString() {
        return "ShardCheckpoint{shard=" + shardId + ", version=" + version + ", position="
                + (isShardEnd() || isTrimHorizon() ? position : "<iterator>") + "}";
    }
}
