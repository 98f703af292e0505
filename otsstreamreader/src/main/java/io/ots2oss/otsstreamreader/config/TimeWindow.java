package io.ots2oss.otsstreamreader.config;

/** The half-open window [startMillis, endMillis) on stream write time. */
public final class TimeWindow {
    private final long startMillis;
    private final long endMillis;

    public TimeWindow(long startMillis, long endMillis) {
        this.startMillis = startMillis;
        this.endMillis = endMillis;
    }

    public long startMillis() {
        return startMillis;
    }

    public long endMillis() {
        return endMillis;
    }

    public boolean isBeforeStart(long millis) {
        return millis < startMillis;
    }

    public boolean isAtOrAfterEnd(long millis) {
        return millis >= endMillis;
    }

    @Override
    public String toString() {
        return "[" + startMillis + ", " + endMillis + ")";
    }
}
