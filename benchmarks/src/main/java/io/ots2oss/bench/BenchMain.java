package io.ots2oss.bench;

import io.ots2oss.e2e.OrdersTable;
import io.ots2oss.e2e.PluginInstall;
import io.ots2oss.e2e.PluginTree;
import io.ots2oss.e2e.Window;
import io.ots2oss.testkit.DataxHome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmark suites and prints one table; writes it as JSON too.
 *
 * <p>System properties: {@code scale} (1 = {@value #BASE_CHANGES} changes), {@code channels} (default 1,4,8),
 * {@code suites} (default e2e,ceiling,latency), {@code latency} (emulated network latency per Tablestore and per OSS
 * call in ms, e.g. 0,2,10: each value runs the suites on emulators of its own; default 0), {@code bench.output} (default target/bench/results.json),
 * {@code ots2oss.plugin.tree} (the assembled plugin tree).
 */
public final class BenchMain {
    static final long BASE_CHANGES = 500_000;
    private static final int OFFSET_MINUTES = 180;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("scale", "1"));
        long changes = Math.max(1000, Math.round(BASE_CHANGES * scale));
        List<Integer> channels = Arrays.stream(System.getProperty("channels", "1,4,8").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Set<String> suites = Set.of(System.getProperty("suites", "e2e,ceiling,latency").split(","));
        List<Integer> latencies = Arrays.stream(System.getProperty("latency", "0").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Path output = Paths.get(System.getProperty("bench.output", "target/bench/results.json"));

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("scale", scale);
        parameters.put("changes", changes);
        parameters.put("shards", 8);
        parameters.put("channels", channels);
        parameters.put("suites", suites);
        parameters.put("latencyMillis", latencies);
        ResultReport report = new ResultReport(parameters);

        for (int latency : latencies) {
            report.atLatency(latency);
            Path work = Files.createTempDirectory("ots2oss-bench-");
            try (ExternalEmulators emulators = ExternalEmulators.start(8, OFFSET_MINUTES, tablestoreHeap(changes), latency)) {
                BenchContext context = seed(emulators, work, changes);
                runSuites(context, report, suites, channels);
            }
        }
        report.printTable(System.out);
        report.writeJson(output);
        System.out.println("\nwritten to " + output.toAbsolutePath());
    }

    private static void runSuites(BenchContext context, ResultReport report, Set<String> suites, List<Integer> channels)
            throws Exception {
        if (suites.contains("e2e") || suites.contains("ceiling")) {
            new PairSuite(context, report).run(channels, suites.contains("ceiling"));
        }
        if (suites.contains("ceiling")) {
            new WriterCeilingSuite(context, report).run(channels);
            new EmulatorCeilingSuite(context, report).run(Math.max(100L << 20, context.multiVersionRows * 60));
        }
        if (suites.contains("latency")) {
            new LatencySuite(context, report).run(9);
        }
    }

    private static BenchContext seed(ExternalEmulators emulators, Path work, long changes) throws Exception {
        DataxHome home = PluginInstall.freshHome(work.resolve("datax-home"), PluginTree.locate());
        home.installDiscardingWriter();
        home.installGeneratorReader();

        OrdersTable.create(emulators.tablestoreClient(), BenchContext.TABLE);
        long start = emulators.emulatorNowMillis();
        System.out.printf("seeding %,d changes into %s (8 shards) ...%n", changes, BenchContext.TABLE);
        long seedNanos = System.nanoTime();
        long[] rows = new BulkSeeder(emulators.tablestoreClient(), BenchContext.TABLE, 1, 4).write(changes, start);
        long end = emulators.emulatorNowMillis() + 1;
        System.out.printf("seeded in %.1f s: %,d multi-version rows, %,d row-mode records expected%n",
                (System.nanoTime() - seedNanos) / 1e9, rows[0], rows[1]);
        return new BenchContext(emulators, home, new Window(start, end), changes, rows[0], rows[1]);
    }

    /** The Tablestore emulator keeps rows and stream in memory: a few KB per change, with headroom. */
    private static String tablestoreHeap(long changes) {
        return (512 + changes * 4 / 1000) + "m";
    }
}
