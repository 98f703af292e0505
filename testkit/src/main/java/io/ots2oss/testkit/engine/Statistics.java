package io.ots2oss.testkit.engine;

/** A snapshot of counters for a task or, summed, for the job. */
public record Statistics(long readSucceedRecords, long readSucceedBytes, long readFailedRecords, long readFailedBytes,
                         long writeReceivedRecords, long writeReceivedBytes, long writeFailedRecords,
                         long writeFailedBytes) {

    public static final Statistics ZERO = new Statistics(0, 0, 0, 0, 0, 0, 0, 0);

    public Statistics plus(Statistics other) {
        return new Statistics(readSucceedRecords + other.readSucceedRecords,
                readSucceedBytes + other.readSucceedBytes,
                readFailedRecords + other.readFailedRecords,
                readFailedBytes + other.readFailedBytes,
                writeReceivedRecords + other.writeReceivedRecords,
                writeReceivedBytes + other.writeReceivedBytes,
                writeFailedRecords + other.writeFailedRecords,
                writeFailedBytes + other.writeFailedBytes);
    }

    /** DataX's "total read records": succeeded plus failed on the reader side. */
    public long totalReadRecords() {
        return readSucceedRecords + readFailedRecords;
    }

    public long totalReadBytes() {
        return readSucceedBytes + readFailedBytes;
    }

    /** Dirty records from both sides (what errorLimit counts). */
    public long errorRecords() {
        return readFailedRecords + writeFailedRecords;
    }

    public long writeSucceedRecords() {
        return writeReceivedRecords - writeFailedRecords;
    }
}
