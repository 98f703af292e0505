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
 */
record BenchResult(String suite, String name, int channels, long records, long bytes, long wallMillis,
                   double peakLiveMb, double peakUsedMb, long firstRecordMillis, String note) {

    double recordsPerSecond() {
        return wallMillis == 0 ? 0 : records * 1000.0 / wallMillis;
    }

    double megabytesPerSecond() {
        return wallMillis == 0 ? 0 : bytes / 1e6 * 1000.0 / wallMillis;
    }
}
