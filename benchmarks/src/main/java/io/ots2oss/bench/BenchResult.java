package io.ots2oss.bench;

/**
 * One measured run.
 *
 * @param suite       e2e, ceiling or latency
 * @param name        what ran, e.g. "pair multi-version csv"
 * @param channels    DataX channels (0 when not a DataX job)
 * @param records     records moved (DataX records, or requests for emulator-only runs)
 * @param bytes       bytes written to OSS (or moved, for emulator-only runs)
 * @param wallMillis  wall time of the measured part
 * @param peakLiveMb  largest heap in use after a collection during the run, -1 if none ran
 * @param peakUsedMb  largest heap in use at any moment, garbage included
 * @param firstRecordMillis time from the start until the first record was seen, or -1 if not measured
 * @param usage       CPU and allocation of the job JVM during the run, or null where not measured
 * @param latencyMillis emulated network latency per Tablestore and per OSS call
 */
record BenchResult(String suite, String name, int channels, long records, long bytes, long wallMillis,
                   double peakLiveMb, double peakUsedMb, long firstRecordMillis, String note,
                   CpuWatch.Usage usage, int latencyMillis) {

    BenchResult(String suite, String name, int channels, long records, long bytes, long wallMillis,
                double peakLiveMb, double peakUsedMb, long firstRecordMillis, String note) {
        this(suite, name, channels, records, bytes, wallMillis, peakLiveMb, peakUsedMb, firstRecordMillis, note, null, 0);
    }

    BenchResult withUsage(CpuWatch.Usage measured) {
        return new BenchResult(suite, name, channels, records, bytes, wallMillis, peakLiveMb, peakUsedMb,
                firstRecordMillis, note, measured, latencyMillis);
    }

    BenchResult atLatency(int millis) {
        return new BenchResult(suite, name, channels, records, bytes, wallMillis, peakLiveMb, peakUsedMb,
                firstRecordMillis, note, usage, millis);
    }

    /** CPU of the job JVM per record in microseconds, or -1 where not measured. */
    double cpuMicrosPerRecord() {
        return usage == null ? -1 : usage.cpuMicrosPer(records);
    }

    /** Bytes allocated per record, or -1 where not measured. */
    double allocatedBytesPerRecord() {
        return usage == null ? -1 : usage.allocatedBytesPer(records);
    }

    double recordsPerSecond() {
        return wallMillis == 0 ? 0 : records * 1000.0 / wallMillis;
    }

    double megabytesPerSecond() {
        return wallMillis == 0 ? 0 : bytes / 1e6 * 1000.0 / wallMillis;
    }
}
