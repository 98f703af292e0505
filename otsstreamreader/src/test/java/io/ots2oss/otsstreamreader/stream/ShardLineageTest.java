package io.ots2oss.otsstreamreader.stream;

import io.ots2oss.otsstreamreader.status.ShardCheckpoint;
import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class ShardLineageTest {
    private final List<ShardInfo> shards = Arrays.asList(
            new ShardInfo("p", null, null),
            new ShardInfo("q", null, null),
            new ShardInfo("split-1", "p", null),
            new ShardInfo("merged", "split-1", "q"));
    private final ShardLineage lineage = new ShardLineage(shards);
    private final Map<String, ShardCheckpoint> checkpoints = new HashMap<>();

    private void done(String shard, String position) {
        checkpoints.put(shard, new ShardCheckpoint(shard, "v", position, 0, 0));
    }

    @Test
    void rootShardIsReady() {
        assertEquals(ShardState.READY, lineage.stateOf("p", checkpoints));
    }

    @Test
    void childWaitsWhileParentIsUnfinished() {
        assertEquals(ShardState.BLOCKED, lineage.stateOf("split-1", checkpoints));
    }

    @Test
    void childIsReadyOnceParentReachedShardEnd() {
        done("p", ShardCheckpoint.SHARD_END);
        assertEquals(ShardState.READY, lineage.stateOf("split-1", checkpoints));
    }

    @Test
    void childIsSkippedWhenParentStoppedBeforeItsEnd() {
        done("p", "iterator-at-end-of-window");
        assertEquals(ShardState.SKIP, lineage.stateOf("split-1", checkpoints));
        assertEquals(ShardState.SKIP, lineage.stateOf("merged", checkpoints));
    }

    @Test
    void mergedChildNeedsBothParentsAtShardEnd() {
        done("p", ShardCheckpoint.SHARD_END);
        done("split-1", ShardCheckpoint.SHARD_END);
        assertEquals(ShardState.BLOCKED, lineage.stateOf("merged", checkpoints));
        done("q", ShardCheckpoint.SHARD_END);
        assertEquals(ShardState.READY, lineage.stateOf("merged", checkpoints));
    }

    @Test
    void vanishedParentCountsAsFinished() {
        ShardLineage onlyChildren = new ShardLineage(Collections.singletonList(new ShardInfo("c", "gone", null)));
        assertEquals(ShardState.READY, onlyChildren.stateOf("c", checkpoints));
    }
}
