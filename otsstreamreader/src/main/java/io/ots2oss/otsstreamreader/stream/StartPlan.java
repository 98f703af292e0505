package io.ots2oss.otsstreamreader.stream;

import io.ots2oss.otsstreamreader.status.ShardCheckpoint;
import io.ots2oss.otsstreamreader.status.StatusTable;
import io.ots2oss.otsstreamreader.status.StreamJobDesc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each shard starts: the checkpoint the previous window left at {@code start} when that set is complete
 * (same rules as upstream), otherwise a timestamp seek shortly before {@code start}.
 */
public final class StartPlan {
    private static final Logger LOG = LoggerFactory.getLogger(StartPlan.class);

    private final boolean resumed;
    private final Map<String, ShardCheckpoint> checkpoints;

    private StartPlan(boolean resumed, Map<String, ShardCheckpoint> checkpoints) {
        this.resumed = resumed;
        this.checkpoints = checkpoints;
    }

    public static StartPlan resolve(StatusTable status, String streamId, long startMillis, List<ShardInfo> currentShards) {
        Map<String, ShardCheckpoint> stored = status.readCheckpoints(startMillis);
        if (!isComplete(status, streamId, startMillis, stored)) {
            LOG.info("No complete checkpoint set for window start {} in status table '{}'; every shard seeks by timestamp.",
                    startMillis, status.name());
            return new StartPlan(false, Collections.<String, ShardCheckpoint>emptyMap());
        }
        Map<String, ShardInfo> byId = new HashMap<String, ShardInfo>();
        for (ShardInfo shard : currentShards) {
            byId.put(shard.id(), shard);
        }
        for (ShardCheckpoint checkpoint : stored.values()) {
            if (!byId.containsKey(checkpoint.shardId()) && !checkpoint.isShardEnd()) {
                // Upstream fails here ("Shard does not exist now"); the shard has expired, so nothing of it is readable.
                LOG.warn("Shard {} of the previous window no longer exists (expired); its unread records, if any, are gone.",
                        checkpoint.shardId());
            }
        }
        LOG.info("Resuming from the {} checkpoints stored for window start {}.", stored.size(), startMillis);
        return new StartPlan(true, stored);
    }

    private static boolean isComplete(StatusTable status, String streamId, long startMillis, Map<String, ShardCheckpoint> stored) {
        StreamJobDesc previous = status.readJobDesc(startMillis);
        if (previous == null) {
            int legacyCount = status.readLegacyShardCount(startMillis);
            return legacyCount >= 0 && legacyCount == stored.size();
        }
        if (!previous.streamId().equals(streamId)) {
            LOG.info("Checkpoints at {} belong to stream {}, not the current stream {}.", startMillis, previous.streamId(), streamId);
            return false;
        }
        if (previous.shardIds().size() != stored.size()) {
            LOG.info("Checkpoints at {} are incomplete: {} of {} shards.", startMillis, stored.size(), previous.shardIds().size());
            return false;
        }
        for (String shardId : previous.shardIds()) {
            ShardCheckpoint checkpoint = stored.get(shardId);
            if (checkpoint == null || !checkpoint.version().equals(previous.version())) {
                LOG.info("Checkpoint of shard {} at {} is missing or from another job version.", shardId, startMillis);
                return false;
            }
        }
        return true;
    }

    /** True when the previous window's checkpoints are used. */
    public boolean resumed() {
        return resumed;
    }

    /** The stored checkpoint of the shard, or null: then the shard seeks by timestamp. */
    public ShardCheckpoint checkpointOf(String shardId) {
        return checkpoints.get(shardId);
    }
}
