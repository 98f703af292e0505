package io.ots2oss.testkit.engine;

import java.util.concurrent.atomic.AtomicLong;

/** One task attempt's counters, DataX's CommunicationTool counters for a task. */
public final class TaskCounters {

    final AtomicLong readSucceedRecords = new AtomicLong();
    final AtomicLong readSucceedBytes = new AtomicLong();
    final AtomicLong readFailedRecords = new AtomicLong();
    final AtomicLong readFailedBytes = new AtomicLong();
    final AtomicLong writeReceivedRecords = new AtomicLong();
    final AtomicLong writeReceivedBytes = new AtomicLong();
    final AtomicLong writeFailedRecords = new AtomicLong();
    final AtomicLong writeFailedBytes = new AtomicLong();

    Statistics snapshot() {
        return new Statistics(readSucceedRecords.get(), readSucceedBytes.get(), readFailedRecords.get(),
                readFailedBytes.get(), writeReceivedRecords.get(), writeReceivedBytes.get(),
                writeFailedRecords.get(), writeFailedBytes.get());
    }
}
