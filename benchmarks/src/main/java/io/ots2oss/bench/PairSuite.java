package io.ots2oss.bench;

import io.ots2oss.e2e.PairJob;

import java.util.List;
import java.util.Map;

/**
 * End to end (otsstreamreader -> osswriter, csv) and the reader's ceiling (otsstreamreader -> a writer that discards),
 * for each mode and channel count, over the same seeded window.
 */
final class PairSuite {
    private final BenchContext context;
    private final ResultReport report;

    PairSuite(BenchContext context, ResultReport report) {
        this.context = context;
        this.report = report;
    }

    void run(List<Integer> channelCounts, boolean withCeiling) {
        for (String mode : List.of("multi-version", "row")) {
            for (int channels : channelCounts) {
                if (withCeiling) {
                    readerIntoDiscard(mode, channels);
                }
                pair(mode, channels);
            }
        }
    }

    private void readerIntoDiscard(String mode, int channels) {
        PairJob job = context.pairJob(mode, channels).replaceWriter("discardwriter", Map.of());
        System.out.println("ceiling: otsstreamreader (" + mode + ") -> discardwriter, " + channels + " channels");
        BenchContext.Measured m = context.run(job.toJson(), context.window.params("discard"));
        report.add(new BenchResult("ceiling", "otsstreamreader " + mode + " -> discard", channels,
                m.result().readRecords(), 0, m.result().wallTime().toMillis(), m.peakLiveMb(), m.peakUsedMb(),
                m.firstRecordMillis(), "reader alone").withUsage(m.usage()));
    }

    private void pair(String mode, int channels) {
        String date = (mode.equals("row") ? "row" : "mv") + "-c" + channels;
        PairJob job = context.pairJob(mode, channels);
        System.out.println("e2e: otsstreamreader (" + mode + ") -> osswriter csv, " + channels + " channels");
        BenchContext.Measured m = context.run(job.toJson(), context.window.params(date));
        long bytes = context.bytesUnder(job.objectPrefix(date));
        report.add(new BenchResult("e2e", "pair " + mode + " csv", channels, m.result().writeRecords(), bytes,
                m.result().wallTime().toMillis(), m.peakLiveMb(), m.peakUsedMb(), -1,
                context.changes + " changes, 8 shards").withUsage(m.usage()));
    }
}
