package io.ots2oss.otsstreamreader.status;

import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;

/** Primary keys of the status-table rows belonging to one stream. */
public final class StatusKeys {
    private final String streamId;

    public StatusKeys(String streamId) {
        this.streamId = streamId;
    }

    public PrimaryKey checkpoint(long windowEndMillis, String shardId) {
        return key(StatusSchema.TYPE_CHECKPOINT, StatusSchema.paddedTime(windowEndMillis) + StatusSchema.SEPARATOR + shardId);
    }

    /** The row old readers used to record the shard count of a window. */
    public PrimaryKey shardCount(long windowEndMillis) {
        return key(StatusSchema.TYPE_CHECKPOINT, StatusSchema.paddedTime(windowEndMillis));
    }

    public PrimaryKey jobDesc(long windowEndMillis) {
        return key(StatusSchema.TYPE_JOB_DESC, StatusSchema.paddedTime(windowEndMillis));
    }

    /** A bound for range scans over the job descriptions: StatusValue is the given text instead of a time. */
    public PrimaryKey jobDescRange(String statusValue) {
        return key(StatusSchema.TYPE_JOB_DESC, statusValue);
    }

    public PrimaryKey shardTimeCheckpoint(String shardId, long millis) {
        return key(StatusSchema.TYPE_SHARD_TIME_CHECKPOINT, shardId + StatusSchema.SEPARATOR + StatusSchema.paddedTime(millis));
    }

    /** The shard id of a checkpoint row's StatusValue ("time\tshardId"). */
    public static String shardIdOfCheckpoint(String statusValue) {
        int tab = statusValue.indexOf(StatusSchema.SEPARATOR);
        return tab < 0 ? null : statusValue.substring(tab + 1);
    }

    private PrimaryKey key(String type, String value) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn(StatusSchema.PK_STREAM_ID, PrimaryKeyValue.fromString(streamId))
                .addPrimaryKeyColumn(StatusSchema.PK_STATUS_TYPE, PrimaryKeyValue.fromString(type))
                .addPrimaryKeyColumn(StatusSchema.PK_STATUS_VALUE, PrimaryKeyValue.fromString(value))
                .build();
    }
}
