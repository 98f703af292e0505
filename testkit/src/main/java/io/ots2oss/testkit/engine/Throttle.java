package io.ots2oss.testkit.engine;

import io.ots2oss.testkit.config.JobSettings.ChannelSettings;

/**
 * A channel's speed limit, as DataX's Channel#statPush: at most every {@code flowControlInterval} ms it compares the
 * byte and record rates since the last check with the per-channel limits and sleeps long enough to fall back under
 * them. A limit <= 0 means unthrottled.
 */
final class Throttle {

    private final long bytesPerSecond;
    private final long recordsPerSecond;
    private final long intervalMillis;
    private long lastTimestamp = System.currentTimeMillis();
    private long lastBytes;
    private long lastRecords;

    Throttle(ChannelSettings settings) {
        this.bytesPerSecond = settings.bytesPerSecond();
        this.recordsPerSecond = settings.recordsPerSecond();
        this.intervalMillis = settings.flowControlIntervalMillis();
    }

    boolean isActive() {
        return bytesPerSecond > 0 || recordsPerSecond > 0;
    }

    /** Called by the reader thread after each push with the channel's running totals. */
    void afterPush(long totalBytes, long totalRecords) throws InterruptedException {
        if (!isActive()) {
            return;
        }
        long now = System.currentTimeMillis();
        long interval = now - lastTimestamp;
        if (interval < intervalMillis || interval <= 0) {
            return;
        }
        long sleep = Math.max(
                sleepFor(totalBytes - lastBytes, bytesPerSecond, interval),
                sleepFor(totalRecords - lastRecords, recordsPerSecond, interval));
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
        lastBytes = totalBytes;
        lastRecords = totalRecords;
        lastTimestamp = now;
    }

    /** How long to pause so that {@code amount} over {@code interval} ms averages at most {@code limit}/s. */
    static long sleepFor(long amount, long limit, long interval) {
        if (limit <= 0) {
            return 0;
        }
        long rate = amount * 1000 / interval;
        return rate > limit ? rate * interval / limit - interval : 0;
    }
}
