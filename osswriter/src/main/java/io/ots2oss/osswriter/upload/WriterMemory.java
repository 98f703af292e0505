package io.ots2oss.osswriter.upload;

import io.ots2oss.common.memory.MemoryBudget;

/** The bytes of part buffers (filling and uploading) all writer tasks of this JVM may hold: a quarter of the heap. */
public final class WriterMemory {
    /** System property overriding the JVM-wide budget, in MiB. */
    public static final String BUDGET_PROPERTY = "osswriter.memoryBudgetMB";

    private static final MemoryBudget SHARED = MemoryBudget.ofHeap(BUDGET_PROPERTY, 0.25);

    private WriterMemory() {
    }

    public static MemoryBudget shared() {
        return SHARED;
    }
}
