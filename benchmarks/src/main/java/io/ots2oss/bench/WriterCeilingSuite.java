package io.ots2oss.bench;

import io.ots2oss.e2e.PairJob;

import java.util.List;
import java.util.Map;

/**
 * The writer's ceiling: a generating reader (no I/O) into osswriter, csv, records shaped like the multi-version
 * rows of the end-to-end run (7 columns, about the same bytes per row), as many in total.
 */
final class WriterCeilingSuite {
    private final BenchContext context;
    private final ResultReport report;

    WriterCeilingSuite(BenchContext context, ResultReport report) {
        this.context = context;
        this.report = report;
    }

    void run(List<Integer> channelCounts) {
        for (int channels : channelCounts) {
            long perTask = Math.max(1, context.multiVersionRows / channels);
            PairJob job = context.pairJob("multi-version", channels)
                    .replaceReader("generatorreader", Map.of("count", perTask, "sliceCount", channels, "columns", List.of(
                            column("STRING", "random", 11), column("LONG", "sequence", 0), column("STRING", "random", 8),
                            column("LONG", "sequence", 0), column("STRING", "random", 8), column("STRING", "constant", 0))));
            String date = "gen-c" + channels;
            System.out.println("ceiling: generatorreader -> osswriter csv, " + channels + " channels");
            BenchContext.Measured m = context.run(job.toJson(), context.window.params(date));
            report.add(new BenchResult("ceiling", "generator -> osswriter csv", channels, m.result().writeRecords(),
                    context.bytesUnder(job.objectPrefix(date)), m.result().wallTime().toMillis(), m.peakLiveMb(), m.peakUsedMb(),
                    -1, "writer alone").withUsage(m.usage()));
        }
    }

    private static Map<String, Object> column(String type, String generator, int length) {
        if (generator.equals("constant")) {
            return Map.of("type", type, "value", "U");
        }
        return length > 0 ? Map.of("type", type, "generator", generator, "length", length) : Map.of("type", type, "generator", generator);
    }
}
