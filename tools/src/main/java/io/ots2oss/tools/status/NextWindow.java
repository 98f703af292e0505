package io.ots2oss.tools.status;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The next window to export: from the end of the last complete window to the latest interval boundary at least
 * {@code delay} in the past (the reader refuses an end closer to now than 5 minutes), at most {@code maxLength}
 * long so that a long outage is caught up over several runs.
 */
public final class NextWindow {
    private final long intervalMillis;
    private final long maxLengthMillis;
    private final long delayMillis;

    public NextWindow(long intervalMillis, long maxLengthMillis, long delayMillis) {
        if (maxLengthMillis < intervalMillis) {
            throw new IllegalArgumentException("--max must be at least --interval");
        }
        this.intervalMillis = intervalMillis;
        this.maxLengthMillis = maxLengthMillis;
        this.delayMillis = delayMillis;
    }

    /** The window [start, end) to run, or null when there is nothing to run yet. */
    public long[] after(long startMillis, long nowMillis, ZoneId zone) {
        long end = Math.min(boundaryAtOrBefore(nowMillis - delayMillis, zone), startMillis + maxLengthMillis);
        if (end <= startMillis) {
            return null;
        }
        return new long[] {startMillis, end};
    }

    /** The latest boundary of the interval grid (aligned in the zone, so hourly or daily windows follow local clocks). */
    long boundaryAtOrBefore(long millis, ZoneId zone) {
        long offset = zone.getRules().getOffset(java.time.Instant.ofEpochMilli(millis)).getTotalSeconds() * 1000L;
        return Math.floorDiv(millis + offset, intervalMillis) * intervalMillis - offset;
    }

    /**
     * The {@code -p} values of a window for the job's variables: a millis key's variable gets milliseconds, a
     * time-string key's variable yyyyMMddHHmmss, and a variable named {@code date} the day of the start.
     */
    public static Map<String, String> variables(JobTarget job, long start, long end) {
        ZoneId zone = job.config().timeZone();
        Map<String, String> values = new LinkedHashMap<String, String>();
        put(values, job, "startTimestampMillis", String.valueOf(start));
        put(values, job, "endTimestampMillis", String.valueOf(end));
        put(values, job, "startTimeString", Times.compact(start, zone));
        put(values, job, "endTimeString", Times.compact(end, zone));
        if (values.size() < 2) {
            throw new IllegalArgumentException("The job's window keys are not variables: set startTimestampMillis/"
                    + "endTimestampMillis (or startTimeString/endTimeString) to \"${start_time}\"/\"${end_time}\" so that "
                    + "each run can be given its window with -p.");
        }
        if (job.jobText().contains("${date}") || job.jobText().matches("(?s).*\\$date\\b.*")) {
            values.put("date", Times.day(start, zone));
        }
        return values;
    }

    private static void put(Map<String, String> values, JobTarget job, String key, String value) {
        Object raw = job.rawReaderParameter().get(key);
        if (raw instanceof String) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*\\$\\{?(\\w+)\\}?\\s*").matcher((String) raw);
            if (m.matches()) {
                values.put(m.group(1), value);
            }
        }
    }
}
