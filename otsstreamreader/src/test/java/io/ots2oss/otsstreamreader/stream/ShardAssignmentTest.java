package io.ots2oss.otsstreamreader.stream;

import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class ShardAssignmentTest {

    @Test
    void taskCountIsAdviceCappedByShardCount() {
        List<ShardInfo> shards = Arrays.asList(new ShardInfo("a", null, null), new ShardInfo("b", null, null));
        assertEquals(2, ShardAssignment.assign(shards, 8).size());
        assertEquals(1, ShardAssignment.assign(shards, 1).size());
    }

    @Test
    void familiesStayInOneTask() {
        List<ShardInfo> shards = Arrays.asList(
                new ShardInfo("a", null, null), new ShardInfo("b", null, null),
                new ShardInfo("a1", "a", null), new ShardInfo("a2", "a", null),
                new ShardInfo("m", "b", "c"), new ShardInfo("c", null, null));
        List<List<String>> tasks = ShardAssignment.assign(shards, 2);
        for (List<String> task : tasks) {
            if (task.contains("a")) {
                assertTrue(task.containsAll(Arrays.asList("a1", "a2")));
            }
            if (task.contains("m")) {
                assertTrue(task.containsAll(Arrays.asList("b", "c")));
            }
        }
        Set<String> all = new HashSet<>();
        tasks.forEach(all::addAll);
        assertEquals(6, all.size());
    }

    @Test
    void assignmentIsDeterministic() {
        List<ShardInfo> shards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            shards.add(new ShardInfo("s" + i, null, null));
        }
        assertEquals(ShardAssignment.assign(shards, 3), ShardAssignment.assign(shards, 3));
    }
}
