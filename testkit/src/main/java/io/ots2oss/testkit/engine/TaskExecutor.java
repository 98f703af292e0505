package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.plugin.AbstractTaskPlugin;
import com.alibaba.datax.common.spi.Reader;
import com.alibaba.datax.common.spi.Writer;
import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.testkit.plugin.LoadedPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One attempt of one task (DataX's TaskExecutor with its ReaderRunner and WriterRunner): a channel, a writer thread
 * (started first) and a reader thread, each with its plugin's class loader as context class loader.
 *
 * <p>Reader thread: init, prepare, startRead, terminate marker, post; destroy always. Writer thread: init, prepare,
 * startWrite, post; destroy always. When either side fails, the other is shut down (its exchanger refuses further
 * calls and its thread is interrupted), as DataX does before it fails the task group.
 */
final class TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);

    private final TaskSpec spec;
    private final int taskGroupId;
    private final int attempt;
    private final TaskCounters counters = new TaskCounters();
    private final MemoryChannel channel;
    private final BufferedRecordSender sender;
    private final BufferedRecordReceiver receiver;
    private final Reader.Task readerTask;
    private final Writer.Task writerTask;
    private final Thread readerThread;
    private final Thread writerThread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    TaskExecutor(TaskContext context, TaskSpec spec, int taskGroupId, int attempt) {
        this.spec = spec;
        this.taskGroupId = taskGroupId;
        this.attempt = attempt;
        int bufferSize = context.settings().channel().bufferSize();
        this.channel = new MemoryChannel(context.settings().channel(), counters);
        this.writerTask = newTask(context.writer(), Writer.Task.class, spec.writerConf(),
                collector(context, TaskCollector.Side.WRITER));
        TaskCollector readerCollector = collector(context, TaskCollector.Side.READER);
        this.readerTask = newTask(context.reader(), Reader.Task.class, spec.readerConf(), readerCollector);
        this.sender = new BufferedRecordSender(channel, readerCollector, bufferSize);
        this.receiver = new BufferedRecordReceiver(channel, bufferSize);
        String prefix = String.format("%d-%d-%d-", context.jobId(), taskGroupId, spec.taskId());
        this.writerThread = thread(prefix + "writer", context.writer(), this::runWriter);
        this.readerThread = thread(prefix + "reader", context.reader(), this::runReader);
    }

    int taskId() {
        return spec.taskId();
    }

    TaskCounters counters() {
        return counters;
    }

    void start() {
        LOG.info("taskGroup[{}] taskId[{}] attemptCount[{}] is started", taskGroupId, spec.taskId(), attempt);
        writerThread.start();
        readerThread.start();
    }

    /** Waits for both threads and reports how the attempt ended. */
    TaskOutcome awaitEnd() throws InterruptedException {
        writerThread.join();
        readerThread.join();
        Throwable cause = failure.get();
        if (cause == null) {
            LOG.info("taskGroup[{}] taskId[{}] is successful, peak channel size {} records", taskGroupId,
                    spec.taskId(), channel.peakSize());
        }
        return new TaskOutcome(spec.taskId(), attempt, cause, writerTask.supportFailOver());
    }

    /** After {@link #shutdown()}: waits up to {@code millis} for both threads to end, whatever interrupts arrive. */
    void awaitStopped(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        boolean interrupted = false;
        for (Thread thread : new Thread[] {writerThread, readerThread}) {
            while (thread.isAlive() && System.nanoTime() < deadline) {
                try {
                    thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (writerThread.isAlive() || readerThread.isAlive()) {
            LOG.error("taskId[{}] threads still running {} ms after shutdown; abandoning them", spec.taskId(), millis);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops both sides (a failure elsewhere in the job). */
    void shutdown() {
        sender.shutdown();
        receiver.shutdown();
        channel.consumerGone();
        writerThread.interrupt();
        readerThread.interrupt();
    }

    private void runReader() {
        try {
            readerTask.init();
            readerTask.prepare();
            readerTask.startRead(sender);
            sender.terminate();
            readerTask.post();
        } catch (Throwable e) {
            fail("reader", e);
        } finally {
            destroy(readerTask, "reader");
        }
    }

    private void runWriter() {
        try {
            writerTask.init();
            writerTask.prepare();
            writerTask.startWrite(receiver);
            writerTask.post();
        } catch (Throwable e) {
            fail("writer", e);
        } finally {
            channel.consumerGone();
            destroy(writerTask, "writer");
        }
    }

    private void fail(String side, Throwable e) {
        if (failure.compareAndSet(null, e)) {
            LOG.error("taskGroup[{}] taskId[{}] {} task failed", taskGroupId, spec.taskId(), side, e);
            shutdownPeerOf(side);
        }
    }

    private void shutdownPeerOf(String side) {
        if (side.equals("reader")) {
            receiver.shutdown();
            writerThread.interrupt();
        } else {
            sender.shutdown();
            channel.consumerGone();
            readerThread.interrupt();
        }
    }

    private void destroy(AbstractTaskPlugin plugin, String side) {
        try {
            plugin.destroy();
        } catch (Throwable e) {
            // DataX lets this escape the runner thread: it is logged, and does not change the task's state.
            LOG.error("taskGroup[{}] taskId[{}] {} task destroy() failed", taskGroupId, spec.taskId(), side, e);
        }
    }

    private <T extends AbstractTaskPlugin> T newTask(LoadedPlugin plugin, Class<T> type, String conf,
                                                     TaskCollector collector) {
        T task = plugin.newTask(type);
        task.setPluginJobConf(Configuration.from(conf));
        task.setTaskGroupId(taskGroupId);
        task.setTaskId(spec.taskId());
        task.setTaskPluginCollector(collector);
        return task;
    }

    private TaskCollector collector(TaskContext context, TaskCollector.Side side) {
        return new TaskCollector(side, counters, context.jobCollector(), context.loggedDirtyRecords(),
                context.settings().maxDirtyNumber());
    }

    private static Thread thread(String name, LoadedPlugin plugin, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setContextClassLoader(plugin.classLoader());
        thread.setDaemon(true);
        return thread;
    }
}
