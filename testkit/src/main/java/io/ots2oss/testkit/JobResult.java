package io.ots2oss.testkit;

import io.ots2oss.testkit.engine.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a job ended: its counters, wall time, the failure (null on success) and the log it produced. */
public final class JobResult {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Statistics statistics;
    private final int taskCount;
    private final Instant start;
    private final Instant end;
    private final Throwable failure;
    private final String log;

    JobResult(Statistics statistics, int taskCount, Instant start, Instant end, Throwable failure, String log) {
        this.statistics = statistics;
        this.taskCount = taskCount;
        this.start = start;
        this.end = end;
        this.failure = failure;
        this.log = log;
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** The exception DataX would have ended with, or null. */
    public Throwable failure() {
        return failure;
    }

    /** The failure's message followed by its causes' ("; caused by: ..."), or null on success. */
    public String failureMessage() {
        if (failure == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
            String part = t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": "
                    + t.getMessage();
            if (parts.stream().noneMatch(p -> p.contains(part))) {
                parts.add(part);
            }
        }
        return String.join("; caused by: ", parts);
    }

    /** DataX's "total read records": sent by readers plus reader-side dirty records. */
    public long readRecords() {
        return statistics.totalReadRecords();
    }

    /** Records the writers received minus writer-side dirty records. */
    public long writeRecords() {
        return statistics.writeSucceedRecords();
    }

    /** Dirty records of both sides (DataX's "total failed records"; what errorLimit counts). */
    public long dirtyRecords() {
        return statistics.errorRecords();
    }

    /** Bytes read (records' byte sizes, succeeded plus reader-side dirty), as DataX's byte speed counts them. */
    public long bytes() {
        return statistics.totalReadBytes();
    }

    public Duration wallTime() {
        return Duration.between(start, end);
    }

    public int taskCount() {
        return taskCount;
    }

    public Statistics statistics() {
        return statistics;
    }

    /** What was logged at INFO and above during the run (container and plugins). */
    public String log() {
        return log;
    }

    /** DataX's end-of-job summary. */
    public String summary() {
        double seconds = Math.max(wallTime().toMillis(), 1) / 1000.0;
        return String.join("\n",
                line("Job start time", TIME.format(start)),
                line("Job end time", TIME.format(end)),
                line("Total seconds", String.format(Locale.ROOT, "%.3fs", seconds)),
                line("Average bytes/s", String.format(Locale.ROOT, "%.0fB/s", bytes() / seconds)),
                line("Records/s", String.format(Locale.ROOT, "%.0frec/s", readRecords() / seconds)),
                line("Records read", String.valueOf(readRecords())),
                line("Failed records", String.valueOf(dirtyRecords())),
                line("Result", succeeded() ? "SUCCEEDED" : "FAILED: " + failureMessage()));
    }

    @Override
    public String toString() {
        return summary();
    }

    private static String line(String label, String value) {
        return String.format(Locale.ROOT, "%-24s: %20s", label, value);
    }
}
