package io.ots2oss.testkit.engine;

import java.util.List;

/** A task group: at most {@code channels} of its tasks run at once, in the listed order. */
record TaskGroupPlan(int taskGroupId, int channels, List<TaskSpec> tasks) {
}
