package io.ots2oss.quickstart;

import io.ots2oss.e2e.DatasourceCatalogFile;
import io.ots2oss.e2e.Emulators;
import io.ots2oss.e2e.OrdersTable;
import io.ots2oss.e2e.PairJob;
import io.ots2oss.e2e.PluginTree;
import io.ots2oss.e2e.StreamHistory;
import io.ots2oss.e2e.Window;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The whole flow a new user runs first: both emulators, a table with a stream and several shards, a mix of changes,
 * the usual job file, two chained windows, and the objects they wrote.
 *
 * <p>Arguments: {@code --work DIR} (default {@code .quickstart}), {@code --datasource} (run the job file that names
 * datasources instead of endpoints and keys). With {@code DATAX_HOME} set, the plugins are installed there and each
 * window runs through that DataX's {@code bin/datax.py}.
 */
public final class QuickStart {
    private final Path work;
    private final boolean viaDatasource;
    private final String dataxHome;
    private final PrintStream out;

    QuickStart(Path work, boolean viaDatasource, String dataxHome, PrintStream out) {
        this.work = work.toAbsolutePath().normalize();
        this.viaDatasource = viaDatasource;
        this.dataxHome = dataxHome == null || dataxHome.isBlank() ? null : dataxHome;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path work = Paths.get(".quickstart");
        boolean viaDatasource = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Paths.get(args[++i]);
                case "--datasource" -> viaDatasource = true;
                default -> {
                    System.err.println("usage: QuickStart [--work DIR] [--datasource]");
                    System.exit(2);
                }
            }
        }
        boolean ok = new QuickStart(work, viaDatasource, System.getenv("DATAX_HOME"), System.out).run();
        System.exit(ok ? 0 : 1);
    }

    /** Runs the flow; returns whether every window's job succeeded. */
    boolean run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        PluginTree tree = PluginTree.locate();
        Files.createDirectories(work);
        DemoScenario scenario = DemoScenario.anHourAgo();
        try (Emulators emulators = Emulators.start(DemoScenario.SHARDS, DemoScenario.BUCKET)) {
            out.println("== ots2oss quick start");
            out.println("Tablestore emulator : " + emulators.tablestoreEndpoint() + "  instance " + emulators.instanceName());
            out.println("OSS emulator        : " + emulators.ossEndpoint() + "  bucket " + DemoScenario.BUCKET);
            StreamHistory history = scenario.seed(emulators);
            out.println("Table " + DemoScenario.TABLE + "        : stream enabled, "
                    + emulators.tablestore().shardIds(DemoScenario.TABLE).size() + " shards, "
                    + DemoScenario.describe(history));

            JobFiles files = JobFiles.write(work, emulators);
            out.println("Job file            : " + files.job());
            out.println("Same job, by name   : " + files.datasourceJob() + " (catalog " + files.catalog() + ")");
            Path job = viaDatasource ? files.datasourceJob() : files.job();

            WindowRunner runner = dataxHome != null
                    ? new DataxPyWindowRunner(Paths.get(dataxHome), tree, files.catalog(), out)
                    : new TestkitWindowRunner(work.resolve("datax-home"), tree, files.catalog(), out);
            ObjectPrinter printer = new ObjectPrinter(emulators.bucket(DemoScenario.BUCKET), out);
            boolean ok = true;
            for (Window window : scenario.windows()) {
                out.println();
                out.println("== window " + window + "  (" + history.changesIn(window) + " changes)");
                out.println("-p \"" + Window.dataxPyArgument(window.params()) + "\"");
                ok &= runner.run(job, window.params());
                printer.print(files.objectPrefix(window));
            }
            out.println();
            printWindows(tree, files, job);
            out.println();
            out.printf("Done in %.1f s.%s%n", (System.nanoTime() - started) / 1e9,
                    viaDatasource ? "" : " Re-run with --datasource for the job that names datasources.");
            return ok;
        }
    }

    /** What {@code bin/ots2oss windows job.json} prints after the runs: the windows the status table records. */
    private void printWindows(PluginTree tree, JobFiles files, Path job) throws IOException {
        Path toolsHome = work.resolve("datax-home");
        Files.createDirectories(toolsHome.resolve("conf"));
        Files.copy(files.catalog(), toolsHome.resolve("conf/datasources.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        out.println("== bin/ots2oss windows " + job);
        try (io.ots2oss.e2e.Tools tools = io.ots2oss.e2e.Tools.of(tree, toolsHome)) {
            io.ots2oss.e2e.Tools.Result windows = tools.run("windows", job.toString());
            out.print(windows.out());
            if (!windows.err().isBlank()) {
                out.print(windows.err());
            }
        }
    }

    /** The job file users already have, and its twin naming datasources; both written under the work directory. */
    record JobFiles(Path job, Path datasourceJob, Path catalog, PairJob shape) {
        static JobFiles write(Path work, Emulators emulators) throws IOException {
            PairJob shape = PairJob.standard(emulators, DemoScenario.TABLE, DemoScenario.BUCKET)
                    .rowMode(OrdersTable.ROW_MODE_COLUMNS);
            Path job = work.resolve("job.json");
            Files.writeString(job, shape.toJson(), StandardCharsets.UTF_8);
            Path datasourceJob = work.resolve("job-datasource.json");
            PairJob named = PairJob.standard(emulators, DemoScenario.TABLE, DemoScenario.BUCKET)
                    .rowMode(OrdersTable.ROW_MODE_COLUMNS)
                    .viaDatasources(DatasourceCatalogFile.TABLESTORE, DatasourceCatalogFile.OSS);
            Files.writeString(datasourceJob, named.toJson(), StandardCharsets.UTF_8);
            Path catalog = DatasourceCatalogFile.write(work.resolve("datasources.json"), emulators);
            return new JobFiles(job, datasourceJob, catalog, shape);
        }

        String objectPrefix(Window window) {
            return shape.objectPrefix(window.date());
        }
    }

    /** Runs one window of a job file. */
    interface WindowRunner {
        boolean run(Path job, Map<String, String> params) throws IOException, InterruptedException;
    }

    static List<String> tail(String log, int lines) {
        List<String> all = log.lines().toList();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }
}
