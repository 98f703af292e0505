package io.ots2oss.otsstreamreader.stream;

import io.ots2oss.common.memory.MemoryBudget;

/**
 * What the reader may hold in this JVM, derived from the heap DataX gives it: a quarter of {@code -Xmx} for pages in
 * flight, pages waiting for DataX and the records made from them, shared by every task and shard of the JVM (the
 * writer keeps its own quarter). Pages aim at a 24th of that budget, between 256 KiB and 8 MiB of record data.
 */
public final class ReaderMemory {
    /** System property overriding the budget, in MiB. */
    public static final String BUDGET_PROPERTY = "otsstreamreader.memoryBudgetMB";
    static final double HEAP_FRACTION = 0.25;
    private static final long MIN_PAGE_BYTES = 256 * 1024;
    private static final long MAX_PAGE_BYTES = 8 * 1024 * 1024;
    private static final int PAGES_PER_BUDGET = 8;

    private static final MemoryBudget SHARED = MemoryBudget.ofHeap(BUDGET_PROPERTY, HEAP_FRACTION);

    private ReaderMemory() {
    }

    public static MemoryBudget shared() {
        return SHARED;
    }

    /** The record bytes a page aims at, so that a budget holds several pages of every size. */
    static long targetPageBytes(MemoryBudget budget) {
        long target = budget.totalBytes() / (PAGES_PER_BUDGET * PageSizer.HEAP_BYTES_PER_PAYLOAD_BYTE);
        return Math.max(MIN_PAGE_BYTES, Math.min(MAX_PAGE_BYTES, target));
    }
}
