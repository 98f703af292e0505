package io.ots2oss.quickstart;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.e2e.PluginTree;
import io.ots2oss.e2e.Tools;
import io.ots2oss.testkit.DataxLocal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * {@code bin/datax-local}: the testkit's {@link DataxLocal}, which also takes a DataWorks script-mode job directly.
 * A script is converted with the shipped converter ({@code bin/ots2oss convert}) first; its notes go to stderr.
 */
public final class DataxLocalCommand {
    private DataxLocalCommand() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        int jobIndex = jobArgumentIndex(args);
        if (jobIndex < 0 || !Files.isRegularFile(Paths.get(args[jobIndex])) || isDataxJob(Paths.get(args[jobIndex]))) {
            return DataxLocal.run(args, out, err);
        }
        Path script = Paths.get(args[jobIndex]);
        Path converted = Files.createTempFile("datax-local-", ".json");
        try (Tools tools = Tools.of(PluginTree.locate(), home(args))) {
            Tools.Result result = tools.run("convert", script.toString(), "-o", converted.toString());
            err.print(result.err());
            if (result.exit() != 0) {
                return result.exit();
            }
            String[] rewritten = Arrays.copyOf(args, args.length);
            rewritten[jobIndex] = converted.toString();
            return DataxLocal.run(rewritten, out, err);
        } finally {
            Files.deleteIfExists(converted);
        }
    }

    private static boolean isDataxJob(Path file) throws IOException {
        try {
            JSONObject root = JSON.parseObject(Files.readString(file));
            return root != null && root.containsKey("job");
        } catch (JSONException e) {
            return false;
        }
    }

    /** The position of the job file: the one argument that is neither an option nor an option's value. */
    private static int jobArgumentIndex(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--home".equals(args[i]) || "-p".equals(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    private static Path home(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--home".equals(args[i])) {
                return Paths.get(args[i + 1]);
            }
        }
        String home = System.getProperty("datax.home", System.getenv("DATAX_HOME"));
        return Paths.get(home == null ? "." : home);
    }
}
