package io.ots2oss.emulator.tablestore.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * The emulator's notion of now: the real clock shifted by an offset, or frozen at a chosen instant.
 * Cell timestamps (ms) and stream record timestamps (µs) come from here, so tests can write changes
 * "one hour ago" and make retention trim records deterministically.
 */
public final class EmulatorClock {
    private volatile long offsetMicros;
    private volatile boolean frozen;
    private volatile long frozenMicros;

    /** Now in microseconds since the epoch. */
    public long nowMicros() {
        if (frozen) {
            return frozenMicros;
        }
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 + offsetMicros;
    }

    public long nowMillis() {
        return Math.floorDiv(nowMicros(), 1000L);
    }

    /** Runs on the real clock shifted by {@code offset} (negative = in the past); unfreezes. */
    public synchronized EmulatorClock setOffset(Duration offset) {
        offsetMicros = toMicros(offset);
        frozen = false;
        return this;
    }

    public Duration offset() {
        return Duration.ofNanos(offsetMicros * 1000L);
    }

    /** Stops the clock at {@code epochMillis}; it moves only through {@link #advance}. */
    public synchronized EmulatorClock freezeAt(long epochMillis) {
        frozenMicros = epochMillis * 1000L;
        frozen = true;
        return this;
    }

    /** Stops the clock where it is now. */
    public synchronized EmulatorClock freeze() {
        frozenMicros = nowMicros();
        frozen = true;
        return this;
    }

    /** Moves a frozen clock forward, or adds to the offset of a running one. */
    public synchronized EmulatorClock advance(Duration amount) {
        if (frozen) {
            frozenMicros += toMicros(amount);
        } else {
            offsetMicros += toMicros(amount);
        }
        return this;
    }

    /** Back to the real clock with no offset. */
    public synchronized EmulatorClock useRealTime() {
        offsetMicros = 0;
        frozen = false;
        return this;
    }

    public boolean isFrozen() {
        return frozen;
    }

    private static long toMicros(Duration d) {
        return d.getSeconds() * 1_000_000L + d.getNano() / 1_000;
    }
}
