package io.ots2oss.testkit.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskAssignerTest {

    private static List<TaskSpec> tasks(int count) {
        List<TaskSpec> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(new TaskSpec(i, "{}", "{}"));
        }
        return tasks;
    }

    @Test
    void twelveChannelsMakeThreeGroupsOfFourFourAndFourChannels() {
        List<TaskGroupPlan> groups = TaskAssigner.assignFairly(tasks(12), 12, 5);

        assertEquals(3, groups.size());
        assertEquals(List.of(4, 4, 4), groups.stream().map(TaskGroupPlan::channels).toList());
        assertEquals(12, groups.stream().mapToInt(g -> g.tasks().size()).sum());
    }

    @Test
    void channelRemainderGoesToTheFirstGroups() {
        List<TaskGroupPlan> groups = TaskAssigner.assignFairly(tasks(7), 7, 5);

        assertEquals(List.of(4, 3), groups.stream().map(TaskGroupPlan::channels).toList());
    }

    @Test
    void readerTasksWithoutAResourceMarkGetDataxsFakeMark() {
        List<TaskGroupPlan> groups = TaskAssigner.assignFairly(tasks(2), 2, 5);

        assertTrue(groups.get(0).tasks().stream()
                .allMatch(t -> t.readerConf().contains(TaskAssigner.FAKE_RESOURCE_MARK)));
    }
}
