package io.ots2oss.otsstreamreader.status;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The DataxJobDesc row: which job (version) read which shards for a window of one stream. */
public final class StreamJobDesc {
    private final String tableName;
    private final String streamId;
    private final String version;
    private final Set<String> shardIds;
    private final long startMillis;
    private final long endMillis;

    public StreamJobDesc(String tableName, String streamId, String version, Set<String> shardIds, long startMillis, long endMillis) {
        this.tableName = tableName;
        this.streamId = streamId;
        this.version = version;
        this.shardIds = Collections.unmodifiableSet(new TreeSet<String>(shardIds));
        this.startMillis = startMillis;
        this.endMillis = endMillis;
    }

    public String tableName() {
        return tableName;
    }

    public String streamId() {
        return streamId;
    }

    public String version() {
        return version;
    }

    public Set<String> shardIds() {
        return shardIds;
    }

    public long startMillis() {
        return startMillis;
    }

    public long endMillis() {
        return endMillis;
    }

    @Override
    public String toString() {
        return "StreamJob{table=" + tableName + ", stream=" + streamId + ", version=" + version
                + ", window=[" + startMillis + ", " + endMillis + "), shards=" + shardIds + "}";
    }
}
