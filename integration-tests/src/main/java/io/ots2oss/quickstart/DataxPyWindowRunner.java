package io.ots2oss.quickstart;

import io.ots2oss.e2e.PluginTree;
import io.ots2oss.e2e.Window;
import io.ots2oss.testkit.DataxHome;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a window through a real DataX install: the plugin tree is copied into {@code $DATAX_HOME/plugin} (replacing
 * older copies of the two plugins only) and each window is {@code python $DATAX_HOME/bin/datax.py -p "..." job.json}.
 * The datasource catalog is passed with {@code DATAX_DATASOURCES}, so the install's own conf/ is left alone.
 */
final class DataxPyWindowRunner implements QuickStart.WindowRunner {
    private final Path dataxPy;
    private final Path catalog;
    private final PrintStream out;

    DataxPyWindowRunner(Path dataxHome, PluginTree tree, Path catalog, PrintStream out) {
        this.dataxPy = dataxHome.resolve("bin").resolve("datax.py");
        if (!Files.isRegularFile(dataxPy)) {
            throw new IllegalStateException("DATAX_HOME=" + dataxHome + " has no bin/datax.py; unset DATAX_HOME to run "
                    + "the jobs in process, or point it at an unpacked DataX (datax.tar.gz)");
        }
        DataxHome home = DataxHome.create(dataxHome);
        home.installPlugin(tree.reader());
        home.installPlugin(tree.writer());
        this.catalog = catalog;
        this.out = out;
        out.println("DataX               : " + dataxHome + " (plugins installed into " + home.pluginRoot() + ")");
    }

    @Override
    public boolean run(Path job, Map<String, String> params) throws IOException, InterruptedException {
        List<String> command = List.of(python(), dataxPy.toString(), "-p", Window.dataxPyArgument(params), job.toString());
        out.println("$ " + command.get(0) + " " + command.get(1) + " -p \"" + command.get(3) + "\" " + command.get(4));
        out.flush();
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DATAX_DATASOURCES", catalog.toString());
        int exit = builder.start().waitFor();
        out.println(exit == 0 ? "SUCCEEDED (datax.py exit 0)" : "FAILED: datax.py exited with " + exit);
        return exit == 0;
    }

    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("datax.py needs python (python3 or python) on the PATH");
    }
}
