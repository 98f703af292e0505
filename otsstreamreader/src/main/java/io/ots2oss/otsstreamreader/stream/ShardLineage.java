package io.ots2oss.otsstreamreader.stream;

import io.ots2oss.otsstreamreader.status.ShardCheckpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides from the checkpoints written so far for this window whether a shard may be read:
 * a child waits until all its parents reached SHARD_END; a parent that stopped early makes the child skip.
 * A parent that no longer exists counts as having reached its end.
 */
final class ShardLineage {
    private final Map<String, ShardInfo> shards = new HashMap<String, ShardInfo>();

    ShardLineage(List<ShardInfo> allShards) {
        for (ShardInfo shard : allShards) {
            shards.put(shard.id(), shard);
        }
    }

    ShardState stateOf(String shardId, Map<String, ShardCheckpoint> windowCheckpoints) {
        return stateOf(shardId, windowCheckpoints, new HashMap<String, ShardState>());
    }

    private ShardState stateOf(String shardId, Map<String, ShardCheckpoint> checkpoints, Map<String, ShardState> memo) {
        ShardInfo shard = shards.get(shardId);
        if (shard == null) {
            return ShardState.DONE_REACH_END;
        }
        ShardState known = memo.get(shardId);
        if (known != null) {
            return known;
        }
        ShardState state;
        ShardCheckpoint own = checkpoints.get(shardId);
        if (own != null) {
            state = own.isShardEnd() ? ShardState.DONE_REACH_END : ShardState.DONE_NOT_END;
        } else {
            state = ShardState.READY;
            for (String parent : shard.parents()) {
                state = combine(state, stateOf(parent, checkpoints, memo));
            }
        }
        memo.put(shardId, state);
        return state;
    }

    private static ShardState combine(ShardState sofar, ShardState parent) {
        if (sofar == ShardState.SKIP || parent == ShardState.SKIP || parent == ShardState.DONE_NOT_END) {
            return ShardState.SKIP;
        }
        if (sofar == ShardState.BLOCKED || parent == ShardState.BLOCKED || parent == ShardState.READY) {
            return ShardState.BLOCKED;
        }
        return sofar;
    }
}
