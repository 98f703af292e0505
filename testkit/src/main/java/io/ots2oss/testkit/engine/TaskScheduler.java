package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.testkit.config.JobSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the task groups (DataX's StandAloneScheduler + TaskGroupContainer): each group has a pool of as many threads
 * as it has channels, so at most that many of its tasks run at once, in the group's order. The calling thread polls every {@code core.container.job.sleepInterval} ms, checks
 * the record error limit on each poll, and fails the job as soon as a task fails for good (a Writer.Task that
 * supports failover is retried while attempts < {@code core.container.task.failOver.maxRetryTimes}). On failure the
 * running tasks are shut down and awaited, so that nothing of this job runs on after it returns.
 */
final class TaskScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TaskScheduler.class);

    private final TaskContext context;
    private final ErrorLimitChecker errorLimit;
    private final Map<Integer, TaskCounters> liveCounters = new ConcurrentHashMap<>();
    private final Set<TaskExecutor> running = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<TaskOutcome> outcomes = new LinkedBlockingQueue<>();
    private final AtomicBoolean stopping = new AtomicBoolean();

    TaskScheduler(TaskContext context, ErrorLimitChecker errorLimit) {
        this.context = context;
        this.errorLimit = errorLimit;
    }

    /** The job's counters so far (the last attempt of every task). */
    Statistics statistics() {
        Statistics total = Statistics.ZERO;
        for (TaskCounters counters : liveCounters.values()) {
            total = total.plus(counters.snapshot());
        }
        return total;
    }

    void run(List<TaskGroupPlan> groups) throws InterruptedException {
        int taskCount = groups.stream().mapToInt(group -> group.tasks().size()).sum();
        List<ExecutorService> taskThreads = groups.stream()
                .map(group -> Executors.newFixedThreadPool(group.channels(), named("taskGroup-" + group.taskGroupId())))
                .toList();
        try {
            for (int i = 0; i < groups.size(); i++) {
                TaskGroupPlan group = groups.get(i);
                ExecutorService pool = taskThreads.get(i);
                group.tasks().forEach(task -> pool.execute(() -> runTask(group, task)));
            }
            awaitAll(taskCount);
        } finally {
            stopping.set(true);
            running.forEach(TaskExecutor::shutdown);
            taskThreads.forEach(ExecutorService::shutdownNow);
            for (ExecutorService pool : taskThreads) {
                if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                    LOG.error("tasks still running 60 s after the job ended; abandoning them");
                }
            }
        }
    }

    private void awaitAll(int taskCount) throws InterruptedException {
        int succeeded = 0;
        while (succeeded < taskCount) {
            TaskOutcome outcome = outcomes.poll(context.settings().jobSleepIntervalMillis(), TimeUnit.MILLISECONDS);
            if (outcome != null) {
                if (!outcome.succeeded()) {
                    throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_RUNTIME_ERROR,
                            describe(outcome), outcome.failure());
                }
                succeeded++;
            }
            errorLimit.checkRecordLimit(statistics());
        }
    }

    private void runTask(TaskGroupPlan group, TaskSpec task) {
        JobSettings settings = context.settings();
        for (int attempt = 1; ; attempt++) {
            if (stopping.get()) {
                return;
            }
            TaskOutcome outcome = runAttempt(group, task, attempt);
            boolean retry = !outcome.succeeded() && outcome.supportsFailOver()
                    && attempt < settings.failOverMaxRetryTimes() && !stopping.get();
            if (!retry) {
                outcomes.add(outcome);
                return;
            }
            LOG.warn("taskId[{}] failed (attempt {}), retrying in {} ms: {}", task.taskId(), attempt,
                    settings.failOverRetryIntervalMillis(), outcome.failure().toString());
            if (!pause(settings.failOverRetryIntervalMillis())) {
                return;
            }
        }
    }

    private TaskOutcome runAttempt(TaskGroupPlan group, TaskSpec task, int attempt) {
        TaskExecutor executor;
        try {
            executor = new TaskExecutor(context, task, group.taskGroupId(), attempt);
        } catch (RuntimeException | LinkageError e) {
            return new TaskOutcome(task.taskId(), attempt, e, false);
        }
        liveCounters.put(task.taskId(), executor.counters());
        running.add(executor);
        try {
            if (stopping.get()) {
                return new TaskOutcome(task.taskId(), attempt, new IllegalStateException("job stopped"), false);
            }
            executor.start();
            return executor.awaitEnd();
        } catch (InterruptedException e) {
            executor.shutdown();
            executor.awaitStopped(30_000);
            Thread.currentThread().interrupt();
            return new TaskOutcome(task.taskId(), attempt, e, false);
        } finally {
            running.remove(executor);
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(TaskOutcome outcome) {
        return String.format("task %d failed (attempt %d): %s", outcome.taskId(), outcome.attempt(),
                outcome.failure());
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
