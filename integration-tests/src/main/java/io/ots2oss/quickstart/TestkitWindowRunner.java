package io.ots2oss.quickstart;

import io.ots2oss.e2e.PluginInstall;
import io.ots2oss.e2e.PluginTree;
import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/** Runs a window in this JVM through the testkit's DataX job container, with the plugins in a fresh DataX home. */
final class TestkitWindowRunner implements QuickStart.WindowRunner {
    private final JobRunner runner;
    private final PrintStream out;

    TestkitWindowRunner(Path homeDir, PluginTree tree, Path catalog, PrintStream out) throws IOException {
        DataxHome home = PluginInstall.freshHome(homeDir, tree);
        // Where the plugins look for datasources: ${datax.home}/conf/datasources.json.
        Files.copy(catalog, home.confDir().resolve("datasources.json"), StandardCopyOption.REPLACE_EXISTING);
        this.runner = new JobRunner(home);
        this.out = out;
    }

    @Override
    public boolean run(Path job, Map<String, String> params) {
        JobResult result = runner.run(job, params);
        if (result.succeeded()) {
            out.printf(Locale.ROOT, "SUCCEEDED in %.1f s: %d records read, %d written, %d tasks%n",
                    result.wallTime().toMillis() / 1000.0, result.readRecords(), result.writeRecords(), result.taskCount());
            return true;
        }
        out.println("FAILED: " + result.failureMessage());
        out.println("last lines of the job log:");
        QuickStart.tail(result.log(), 15).forEach(line -> out.println("  " + line));
        return false;
    }
}
