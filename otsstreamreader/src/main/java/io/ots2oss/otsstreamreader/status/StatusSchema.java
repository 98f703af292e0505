package io.ots2oss.otsstreamreader.status;

import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Names and formats of the status table, identical to upstream's so both plugins can share one table. */
public final class StatusSchema {
    public static final String PK_STREAM_ID = "StreamId";
    public static final String PK_STATUS_TYPE = "StatusType";
    public static final String PK_STATUS_VALUE = "StatusValue";

    public static final List<PrimaryKeySchema> PRIMARY_KEY = Collections.unmodifiableList(Arrays.asList(
            new PrimaryKeySchema(PK_STREAM_ID, PrimaryKeyType.STRING),
            new PrimaryKeySchema(PK_STATUS_TYPE, PrimaryKeyType.STRING),
            new PrimaryKeySchema(PK_STATUS_VALUE, PrimaryKeyType.STRING)));

    /** Rows (streamId, this, "time\tshardId"): where each shard stopped in the window ending at time. */
    public static final String TYPE_CHECKPOINT = "CheckpointForDataxReader";
    /** Row (streamId, this, "time"): the job that wrote the checkpoints of the window ending at time. */
    public static final String TYPE_JOB_DESC = "DataxJobDesc";
    /** Rows (streamId, this, "shardId\ttime"): sparse iterators used to find a start point near a time. */
    public static final String TYPE_SHARD_TIME_CHECKPOINT = "ShardTimeCheckpointForDataxReader";

    public static final String SEPARATOR = "\t";
    /** Sorts after every shard id: bounds range scans over one window's checkpoints. */
    public static final String LARGEST_SHARD_ID = String.valueOf((char) 127);

    public static final String COL_CHECKPOINT = "Checkpoint";
    public static final String COL_VERSION = "Version";
    public static final String COL_SKIP_COUNT = "SkipCount";
    public static final String COL_SEND_RECORD_COUNT = "SendRecordCount";
    /** Written by very old readers instead of a job description. */
    public static final String COL_SHARD_COUNT = "ShardCount";

    public static final String COL_JOB_SHARD_IDS_PREFIX = "ShardIds_";
    public static final String COL_JOB_VERSION = "Version";
    public static final String COL_JOB_TABLE_NAME = "TableName";
    public static final String COL_JOB_STREAM_ID = "JobStreamId";
    public static final String COL_JOB_START_TIME = "StartTime";
    public static final String COL_JOB_END_TIME = "EndTime";
    /** Upstream splits the compressed shard list into binary cells of at most this size. */
    public static final int SHARD_IDS_CELL_SIZE = 64 * 1024;

    public static final int TTL_SECONDS = 30 * 24 * 3600;

    private StatusSchema() {
    }

    /**
     * Upstream formats times with {@code String.format("%16d")}: right-aligned and padded with spaces to 16
     * characters, so keys sort by time as long as times have at most 16 digits.
     */
    public static String paddedTime(long millis) {
        return String.format("%16d", millis);
    }
}
