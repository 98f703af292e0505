package io.ots2oss.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.ots2oss.testkit.config.VariableSubstitution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code datax-local [--home DIR] job.json [-p "-Dk=v -Dk2=v2"]}: runs one job in process like {@code datax.py}, prints
 * DataX's summary and exits 0 on success, 1 on failure (with the cause on stderr). The home defaults to the
 * {@code datax.home} system property, then {@code $DATAX_HOME}.
 */
public final class DataxLocal {

    private static final String USAGE = "usage: datax-local [--home DIR] job.json [-p \"-Dname=value ...\"]";

    private DataxLocal() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command without {@code System.exit}: returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 1;
        }
        quietenLoggingUnlessConfigured();
        if (!Files.isDirectory(arguments.home.resolve("plugin"))) {
            err.println("no DataX plugin tree at " + arguments.home.resolve("plugin") + " (set --home)");
            return 1;
        }
        if (!Files.isRegularFile(arguments.job)) {
            err.println("no job file at " + arguments.job);
            return 1;
        }
        JobResult result = new JobRunner(DataxHome.open(arguments.home)).run(arguments.job, arguments.params);
        out.println();
        out.println(result.summary());
        if (!result.succeeded()) {
            err.println("DataX job failed: " + result.failureMessage());
            return 1;
        }
        return 0;
    }

    /** Without a logback configuration, logback logs everything at DEBUG; DataX's logback.xml logs INFO. */
    private static void quietenLoggingUnlessConfigured() {
        if (System.getProperty("logback.configurationFile") == null
                && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        }
    }

    private record Arguments(Path home, Path job, Map<String, String> params) {

        static Arguments parse(String[] args) {
            String home = null;
            String dashP = "";
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--home" -> home = valueAfter(args, i++, "--home");
                    case "-p" -> dashP = dashP + " " + valueAfter(args, i++, "-p");
                    default -> positional.add(args[i]);
                }
            }
            if (positional.size() != 1) {
                throw new IllegalArgumentException("expected exactly one job file, got " + positional);
            }
            if (home == null) {
                home = System.getProperty("datax.home", System.getenv("DATAX_HOME"));
            }
            if (home == null) {
                throw new IllegalArgumentException("no DataX home: pass --home DIR or set DATAX_HOME");
            }
            return new Arguments(Path.of(home), Path.of(positional.get(0)), VariableSubstitution.parseDashP(dashP));
        }

        private static String valueAfter(String[] args, int index, String option) {
            if (index + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index + 1];
        }
    }
}
