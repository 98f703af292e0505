package io.ots2oss.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.SyncClient;

import io.ots2oss.otsstreamreader.client.OtsClients;
import io.ots2oss.otsstreamreader.config.ReaderConfig;
import io.ots2oss.tools.dataworks.Conversion;
import io.ots2oss.tools.dataworks.ConversionException;
import io.ots2oss.tools.dataworks.DataWorksConverter;
import io.ots2oss.tools.status.ExportedWindow;
import io.ots2oss.tools.status.JobTarget;
import io.ots2oss.tools.status.NextWindow;
import io.ots2oss.tools.status.StatusHistory;
import io.ots2oss.tools.status.StatusReports;
import io.ots2oss.tools.status.Times;

/** {@code bin/ots2oss}: the DataWorks converter and the status tools, run from the DataX home. */
public final class Main {
    public static final int OK = 0;
    public static final int FAILED = 1;
    /** next-window: the next window's end would not lie after its start yet. */
    public static final int NOTHING_TO_RUN = 3;
    public static final int USAGE = 64;

    private static final String HELP = String.join("\n",
            "usage: ots2oss <command> ...",
            "  convert <dataworks-script.json> [-o job.json]      DataWorks script-mode job -> DataX job file",
            "  next-window <job.json> --interval 5m [--max 1h] [--delay 5m] [--start T] [--format args|ds|json]",
            "                                                     -p arguments of the next window (exit 3: nothing to run yet)",
            "  windows <job.json>                                 windows exported, complete or not, gaps and overlaps",
            "  window <job.json> <end T | latest>                 one window per shard: where it stopped, records sent",
            "  headroom <job.json> [--warn 6h] [--critical 2h]    time left before unexported changes are trimmed",
            "                                                     (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)",
            "  Every command on a job also takes -p \"-Dk=v ...\" (the job's own -p, for variables in its connection keys)",
            "  and --now T (pretend it is T). T is epoch milliseconds or yyyyMMddHHmmss in the job's timeZone.");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "-h".equals(args[0]) || "--help".equals(args[0])) {
            err.println(HELP);
            return args.length == 0 ? USAGE : OK;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ots2oss: " + e.getMessage());
            err.println(HELP);
            return USAGE;
        }
        try {
            return dispatch(options, out, err);
        } catch (ConversionException e) {
            err.println("ots2oss " + options.command + ": " + e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            err.println("ots2oss " + options.command + ": " + e.getMessage());
            return options.command.equals("headroom") ? 3 : FAILED;
        } catch (DataXException e) {
            err.println("ots2oss " + options.command + ": " + e.getMessage());
            return options.command.equals("headroom") ? 3 : FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("ots2oss " + options.command + ": " + e);
            return options.command.equals("headroom") ? 3 : FAILED;
        }
    }

    private static int dispatch(Options o, PrintStream out, PrintStream err) throws IOException {
        if ("convert".equals(o.command)) {
            return convert(o, out, err);
        }
        if (!"next-window".equals(o.command) && !"windows".equals(o.command) && !"window".equals(o.command)
                && !"headroom".equals(o.command)) {
            throw new IllegalArgumentException("unknown command '" + o.command + "'; see --help");
        }
        JobTarget job = JobTarget.of(read(o.positional(0, "the job file")), o.params);
        ReaderConfig config = job.config();
        SyncClient client = OtsClients.createForJobChecks(config.connection(), config.maxRetries());
        try {
            StatusHistory history = StatusHistory.load(client, config.dataTable(), config.statusTable(), config.timeseriesTable());
            StatusReports reports = new StatusReports(history, config.timeZone(), config.dataTable());
            long now = o.has("--now") ? Times.parseTime(o.get("--now"), config.timeZone(), "--now") : System.currentTimeMillis();
            if ("windows".equals(o.command)) {
                return reports.windows(out);
            }
            if ("window".equals(o.command)) {
                String which = o.positional(1, "the window's end time, or latest");
                long end;
                if ("latest".equals(which)) {
                    List<ExportedWindow> all = history.windows();
                    if (all.isEmpty()) {
                        out.println("No window exported yet for table " + config.dataTable() + ".");
                        return FAILED;
                    }
                    long latest = Long.MIN_VALUE;
                    for (ExportedWindow w : all) {
                        latest = Math.max(latest, w.endMillis());
                    }
                    end = latest;
                } else {
                    end = Times.parseTime(which, config.timeZone(), "window end");
                }
                return reports.detail(end, client, out);
            }
            if ("headroom".equals(o.command)) {
                return reports.headroom(now, Times.parseDuration(o.get("--warn", "6h"), "--warn"),
                        Times.parseDuration(o.get("--critical", "2h"), "--critical"), out);
            }
            return nextWindow(o, job, history, now, out, err);
        } finally {
            client.shutdown();
        }
    }

    private static int nextWindow(Options o, JobTarget job, StatusHistory history, long now, PrintStream out, PrintStream err) {
        if (!o.has("--interval")) {
            throw new IllegalArgumentException("--interval is required (the schedule's period, e.g. 5m)");
        }
        long interval = Times.parseDuration(o.get("--interval"), "--interval");
        NextWindow next = new NextWindow(interval, Times.parseDuration(o.get("--max", "12h"), "--max"),
                Times.parseDuration(o.get("--delay", "5m"), "--delay"));
        ExportedWindow last = history.lastComplete();
        long start;
        if (last != null) {
            start = last.endMillis();
        } else if (o.has("--start")) {
            start = Times.parseTime(o.get("--start"), job.config().timeZone(), "--start");
        } else {
            throw new IllegalArgumentException("no complete window of table " + job.config().dataTable() + " in status table "
                    + job.config().statusTable() + " yet: give the first window's start with --start (epoch ms or yyyyMMddHHmmss)");
        }
        long[] window = next.after(start, now, job.config().timeZone());
        if (window == null) {
            err.println("nothing to run yet: the next window starts at " + Times.display(start, job.config().timeZone())
                    + " and no interval boundary lies between it and now - " + o.get("--delay", "5m") + ".");
            return NOTHING_TO_RUN;
        }
        Map<String, String> variables = NextWindow.variables(job, window[0], window[1]);
        String format = o.get("--format", "args");
        if ("args".equals(format)) {
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, String> v : variables.entrySet()) {
                line.append(line.length() == 0 ? "" : " ").append("-D").append(v.getKey()).append('=').append(v.getValue());
            }
            out.println(line);
        } else if ("ds".equals(format)) {
            for (Map.Entry<String, String> v : variables.entrySet()) {
                out.println("${setValue(" + v.getKey() + "=" + v.getValue() + ")}");
            }
        } else if ("json".equals(format)) {
            JSONObject json = new JSONObject();
            json.put("startMillis", window[0]);
            json.put("endMillis", window[1]);
            json.put("variables", new LinkedHashMap<String, String>(variables));
            out.println(JSON.toJSONString(json));
        } else {
            throw new IllegalArgumentException("--format " + format + ": expected args, ds or json");
        }
        err.println("next window: " + Times.display(window[0], job.config().timeZone()) + " .. "
                + Times.display(window[1], job.config().timeZone()) + " (" + job.config().timeZone() + ")");
        return OK;
    }

    private static int convert(Options o, PrintStream out, PrintStream err) throws IOException {
        Conversion conversion = DataWorksConverter.convert(read(o.positional(0, "the DataWorks script")));
        for (String note : conversion.notes()) {
            err.println("note: " + note);
        }
        if (!conversion.variables().isEmpty()) {
            StringBuilder p = new StringBuilder();
            for (String v : conversion.variables()) {
                p.append(p.length() == 0 ? "" : " ").append("-D").append(v).append("=...");
            }
            err.println("note: run it with: python bin/datax.py job.json -p \"" + p + "\" (bin/ots2oss next-window prints them)");
        }
        if (o.has("-o")) {
            Files.write(Paths.get(o.get("-o")), conversion.jobJson().getBytes(StandardCharsets.UTF_8));
            err.println("wrote " + o.get("-o"));
        } else {
            out.print(conversion.jobJson());
        }
        return OK;
    }

    private static String read(String file) throws IOException {
        Path path = Paths.get(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no file " + file);
        }
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    }

    /** Command, positional arguments, {@code --name value} options, and {@code -p} variables. */
    static final class Options {
        final String command;
        final List<String> positional = new ArrayList<String>();
        final Map<String, String> named = new HashMap<String, String>();
        final Map<String, String> params = new LinkedHashMap<String, String>();

        private Options(String command) {
            this.command = command;
        }

        static Options parse(String[] args) {
            Options o = new Options(args[0]);
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("-") && !a.equals("-")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String value = args[++i];
                    if ("-p".equals(a)) {
                        for (String part : value.trim().split("\\s+")) {
                            if (part.startsWith("-D") && part.contains("=")) {
                                o.params.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                            } else if (!part.isEmpty()) {
                                throw new IllegalArgumentException("-p \"" + value + "\": expected -Dname=value items");
                            }
                        }
                    } else {
                        o.named.put(a, value);
                    }
                } else {
                    o.positional.add(a);
                }
            }
            return o;
        }

        String positional(int index, String what) {
            if (positional.size() <= index) {
                throw new IllegalArgumentException(command + ": missing " + what);
            }
            return positional.get(index);
        }

        boolean has(String name) {
            return named.containsKey(name);
        }

        String get(String name) {
            return named.get(name);
        }

        String get(String name, String defaultValue) {
            return named.containsKey(name) ? named.get(name) : defaultValue;
        }
    }
}
