package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.plugin.TaskPluginCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DataX's StdoutPluginCollector for one task plugin: counts dirty records on the reader or writer side of the task's
 * counters, logs the first {@code maxDirtyNumber} of them per job, and forwards messages to the job's collector.
 */
final class TaskCollector extends TaskPluginCollector {

    private static final Logger LOG = LoggerFactory.getLogger(TaskCollector.class);
    private static final int MAX_LOGGED_CHARS = 1000;

    enum Side { READER, WRITER }

    private final Side side;
    private final TaskCounters counters;
    private final JobCollector jobCollector;
    private final AtomicInteger loggedDirty;
    private final int maxDirtyNumber;

    TaskCollector(Side side, TaskCounters counters, JobCollector jobCollector, AtomicInteger loggedDirty,
                  int maxDirtyNumber) {
        this.side = side;
        this.counters = counters;
        this.jobCollector = jobCollector;
        this.loggedDirty = loggedDirty;
        this.maxDirtyNumber = maxDirtyNumber;
    }

    @Override
    public void collectDirtyRecord(Record dirtyRecord, Throwable t, String errorMessage) {
        if (dirtyRecord == null) {
            LOG.warn("dirty record reported as null; not counted");
            return;
        }
        if (side == Side.READER) {
            counters.readFailedRecords.incrementAndGet();
            counters.readFailedBytes.addAndGet(dirtyRecord.getByteSize());
        } else {
            counters.writeFailedRecords.incrementAndGet();
            counters.writeFailedBytes.addAndGet(dirtyRecord.getByteSize());
        }
        if (loggedDirty.incrementAndGet() <= maxDirtyNumber) {
            LOG.error("dirty record ({}): {} - message: {}, exception: {}", side.name().toLowerCase(Locale.ROOT),
                    abbreviate(dirtyRecord.toString()), errorMessage, t == null ? null : t.toString());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_LOGGED_CHARS ? text
                : text.substring(0, MAX_LOGGED_CHARS) + "... (" + text.length() + " chars)";
    }

    @Override
    public void collectMessage(String key, String value) {
        jobCollector.add(key, value);
    }
}
