package io.ots2oss.osswriter.upload;

import java.util.concurrent.Semaphore;

/**
 * Bounds the bytes of part buffers (filling and uploading) held by all writer tasks of this JVM, so that many
 * channels under DataX's default {@code -Xmx1g} cannot run out of memory. Counted in KiB to fit a semaphore.
 */
public final class MemoryBudget {
    /** System property overriding the JVM-wide budget, in MiB. */
    public static final String BUDGET_PROPERTY = "osswriter.memoryBudgetMB";

    private static final MemoryBudget SHARED = new MemoryBudget(defaultBudgetBytes());

    private final Semaphore kib;
    private final int totalKib;

    public MemoryBudget(long bytes) {
        this.totalKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.kib = new Semaphore(totalKib, true);
    }

    public static MemoryBudget shared() {
        return SHARED;
    }

    private static long defaultBudgetBytes() {
        String configured = System.getProperty(BUDGET_PROPERTY);
        if (configured != null) {
            return Long.parseLong(configured.trim()) * 1024L * 1024L;
        }
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /** Blocks until {@code bytes} are available; a request larger than the whole budget takes the whole budget. */
    public Reservation reserve(long bytes) throws InterruptedException {
        int wanted = (int) Math.min(totalKib, Math.max(1, (bytes + 1023) / 1024));
        kib.acquire(wanted);
        return new Reservation(wanted);
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

        public synchronized void release() {
            if (held > 0) {
                kib.release(held);
                held = 0;
            }
        }
    }
}
