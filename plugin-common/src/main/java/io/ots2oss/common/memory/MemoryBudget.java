package io.ots2oss.common.memory;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the bytes a plugin holds in this JVM (buffers, pages, records not yet taken by DataX), so that many channels
 * under DataX's default {@code -Xmx1g} cannot run out of memory. Counted in KiB to fit a semaphore. Each plugin has its
 * own class loader in DataX, so each plugin's static budget is its own.
 */
public final class MemoryBudget {
    private final Semaphore kib;
    private final int totalKib;

    public MemoryBudget(long bytes) {
        this.totalKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.kib = new Semaphore(totalKib, true);
    }

    /**
     * A budget of {@code heapFraction} of the JVM's maximum heap ({@code -Xmx}), or of the MiB the system property
     * {@code property} names.
     */
    public static MemoryBudget ofHeap(String property, double heapFraction) {
        String configured = System.getProperty(property);
        if (configured != null) {
            return new MemoryBudget(Long.parseLong(configured.trim()) * 1024L * 1024L);
        }
        return new MemoryBudget((long) (Runtime.getRuntime().maxMemory() * heapFraction));
    }

    /** Blocks until {@code bytes} are available; a request larger than the whole budget takes the whole budget. */
    public Reservation reserve(long bytes) throws InterruptedException {
        int wanted = toKib(bytes);
        kib.acquire(wanted);
        return new Reservation(wanted);
    }

    /** Like {@link #reserve} but gives up after {@code millis}; returns null then. */
    public Reservation tryReserve(long bytes, long millis) throws InterruptedException {
        int wanted = toKib(bytes);
        return kib.tryAcquire(wanted, millis, TimeUnit.MILLISECONDS) ? new Reservation(wanted) : null;
    }

    private int toKib(long bytes) {
        return (int) Math.min(totalKib, Math.max(1, (bytes + 1023) / 1024));
    }

    public long availableBytes() {
        return kib.availablePermits() * 1024L;
    }

    public long totalBytes() {
        return totalKib * 1024L;
    }

    /** Some reserved bytes; released once. */
    public final class Reservation {
        private int held;

        private Reservation(int held) {
            this.held = held;
        }

        /**
         * Makes the reservation {@code bytes}: gives back what is no longer needed, or takes more if it is available at
         * once (memory already in use is never waited for: that could only deadlock).
         */
        public synchronized void resize(long bytes) {
            if (held == 0) {
                return;
            }
            int wanted = toKib(bytes);
            if (wanted < held) {
                kib.release(held - wanted);
                held = wanted;
            } else if (wanted > held && kib.tryAcquire(wanted - held)) {
                held = wanted;
            }
        }

        public synchronized long bytes() {
            return held * 1024L;
        }

        public synchronized void release() {
            if (held > 0) {
                kib.release(held);
                held = 0;
            }
        }
    }
}
