package io.ots2oss.testkit.engine;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * DataX's JobAssignUtil#assignFairly: {@code ceil(channels / channelsPerTaskGroup)} task groups; tasks are spread over
 * them round-robin across {@code loadBalanceResourceMark} values, and each group gets {@code channels / groups}
 * channels (the remainder one each to the first groups). With no resource mark on either side, DataX sets a fixed
 * fake mark on every reader task and shuffles the tasks, so the order tasks start in is random, as in DataX.
 */
final class TaskAssigner {

    static final String RESOURCE_MARK = "loadBalanceResourceMark";
    static final String FAKE_RESOURCE_MARK = "aFakeResourceMarkForLoadBalance";

    private TaskAssigner() {
    }

    static List<TaskGroupPlan> assignFairly(List<TaskSpec> tasks, int channels, int channelsPerTaskGroup) {
        int groupCount = (int) Math.ceil(1.0 * channels / channelsPerTaskGroup);
        List<TaskSpec> ordered = withResourceMarks(tasks);
        Map<String, List<TaskSpec>> byMark = new LinkedHashMap<>();
        for (TaskSpec task : ordered) {
            byMark.computeIfAbsent(resourceMark(task), k -> new ArrayList<>()).add(task);
        }
        List<List<TaskSpec>> groups = new ArrayList<>();
        for (int i = 0; i < groupCount; i++) {
            groups.add(new ArrayList<>());
        }
        int next = 0;
        int rounds = byMark.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            for (List<TaskSpec> sameMark : byMark.values()) {
                if (round < sameMark.size()) {
                    groups.get(next++ % groupCount).add(sameMark.get(round));
                }
            }
        }
        List<TaskGroupPlan> plans = new ArrayList<>();
        for (int i = 0; i < groupCount; i++) {
            int groupChannels = channels / groupCount + (i < channels % groupCount ? 1 : 0);
            plans.add(new TaskGroupPlan(i, groupChannels, List.copyOf(groups.get(i))));
        }
        return plans;
    }

    private static List<TaskSpec> withResourceMarks(List<TaskSpec> tasks) {
        boolean marked = hasMark(tasks.get(0).readerConf()) || hasMark(tasks.get(0).writerConf());
        if (marked) {
            return tasks;
        }
        List<TaskSpec> faked = new ArrayList<>();
        for (TaskSpec task : tasks) {
            JSONObject reader = JSON.parseObject(task.readerConf());
            reader.put(RESOURCE_MARK, FAKE_RESOURCE_MARK);
            faked.add(new TaskSpec(task.taskId(), reader.toJSONString(), task.writerConf()));
        }
        Collections.shuffle(faked, new Random(System.currentTimeMillis()));
        return faked;
    }

    private static String resourceMark(TaskSpec task) {
        String reader = mark(task.readerConf());
        return reader != null ? reader : String.valueOf(mark(task.writerConf()));
    }

    private static boolean hasMark(String conf) {
        String mark = mark(conf);
        return mark != null && !mark.isBlank();
    }

    private static String mark(String conf) {
        return JSON.parseObject(conf).getString(RESOURCE_MARK);
    }
}
