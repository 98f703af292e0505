package io.ots2oss.e2e;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.testkit.JobResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static io.ots2oss.e2e.PairFixture.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Tablestore guide "incremental sync to OSS (script mode)" on a self-hosted DataX: the DataWorks script is
 * converted, then run every 5 minutes on a simulated clock with the window of each run from {@code next-window}.
 * One run fails (Tablestore busy past maxRetries) and one tick is missed; the next runs pick both up.
 */
class DataWorksGuideIT {
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.systemDefault());

    @TempDir
    static Path dir;
    static PairFixture pair;
    static StreamHistory history;
    static Tools tools;
    static long base;
    static Path job;
    static final List<Window> exported = new ArrayList<>();
    static final List<String> log = new ArrayList<>();

    @BeforeAll
    static void playTheSchedule() throws IOException {
        pair = PairFixture.start(dir, 3);
        DatasourceCatalogFile.write(pair.home.confDir().resolve("datasources.json"), pair.emulators);
        tools = Tools.of(PluginTree.locate(), pair.home.root());
        base = PairFixture.baseAboutTwoHoursAgo();
        history = pair.newHistory(14);
        // In time order, as a real stream is: every 2 min 7 s, plus bursts on both sides of two window boundaries.
        java.util.TreeMap<Long, Integer> changes = new java.util.TreeMap<>();
        for (long at = base - 3 * MINUTE; at < base + 45 * MINUTE; at += 2 * MINUTE + 7_000) {
            changes.put(at, 25);
        }
        changes.put(base + 5 * MINUTE - 1, 10);
        changes.put(base + 5 * MINUTE, 10);
        changes.merge(base + 20 * MINUTE, 10, Integer::sum);
        changes.forEach(history::writeAt);
        history.done();

        Path script = dir.resolve("dataworks-script.json");
        try (InputStream in = DataWorksGuideIT.class.getResourceAsStream("/dataworks/orders-otsstream-to-oss.json")) {
            Files.write(script, in.readAllBytes());
        }
        job = dir.resolve("job.json");
        Tools.Result converted = tools.run("convert", script.toString(), "-o", job.toString());
        assertEquals(0, converted.exit(), converted.err());
        log.add(converted.err());

        for (int tick = 0; tick < 8; tick++) {
            long now = base + 10 * MINUTE + tick * 5 * MINUTE;
            if (tick == 4) {
                log.add("tick " + tick + ": missed");
                continue;
            }
            boolean outage = tick == 2;
            runTick(now, outage);
        }
    }

    private static void runTick(long now, boolean outage) throws IOException {
        Tools.Result next = tools.run("next-window", job.toString(), "--interval", "5m", "--max", "30m",
                "--start", TICK.format(Instant.ofEpochMilli(base)), "--now", TICK.format(Instant.ofEpochMilli(now)));
        assertEquals(0, next.exit(), next.err());
        Map<String, String> params = dashP(next.out().trim());
        Window window = new Window(Long.parseLong(params.get("start_time")), Long.parseLong(params.get("end_time")));
        if (outage) {
            pair.emulators.tablestore().faults().failNext("GetStreamRecord", "OTSServerBusy", 1000);
        }
        JobResult result = pair.runner.run(Files.readString(job), params);
        PairFixture.assertSecretsHidden(result);
        pair.emulators.tablestore().faults().clear();
        log.add("tick at " + Instant.ofEpochMilli(now) + ": -p \"" + next.out().trim() + "\" " + window + " -> "
                + (result.succeeded() ? "ok" : "FAILED"));
        assertEquals(!outage, result.succeeded(), () -> "run of " + window + ": " + result.failureMessage());
        if (result.succeeded()) {
            exported.add(window);
        }
    }

    private static Map<String, String> dashP(String line) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String part : line.split(" ")) {
            params.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
        }
        return params;
    }

    @AfterAll
    static void stop() throws IOException {
        if (tools != null) {
            tools.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void theFailedRunAndTheMissedTickArePickedUpByTheNextRuns() {
        List<Window> expected = List.of(
                new Window(base, base + 5 * MINUTE),
                new Window(base + 5 * MINUTE, base + 10 * MINUTE),
                new Window(base + 10 * MINUTE, base + 20 * MINUTE),
                new Window(base + 20 * MINUTE, base + 30 * MINUTE),
                new Window(base + 30 * MINUTE, base + 35 * MINUTE),
                new Window(base + 35 * MINUTE, base + 40 * MINUTE));
        assertEquals(expected, exported, String.join("\n", log));
    }

    @Test
    void nextWindowSaysNothingToRunYetBeforeTheNextBoundary() {
        Tools.Result next = tools.run("next-window", job.toString(), "--interval", "5m",
                "--now", TICK.format(Instant.ofEpochMilli(base + 45 * MINUTE - 1000)));
        assertEquals(3, next.exit(), next.out() + next.err());
        assertTrue(next.err().contains("nothing to run yet"), next.err());
    }

    @Test
    void unionOfTheWindowsEqualsOneLongWindowRowForRow() throws IOException {
        List<String> chained = new ArrayList<>();
        for (Window window : exported) {
            chained.addAll(pair.bucket.lines("orders/" + window.startMillis() + "/part"));
        }
        Window whole = new Window(base, base + 40 * MINUTE);
        JSONObject longJob = JSON.parseObject(Files.readString(job));
        JSONObject content = longJob.getJSONObject("job").getJSONArray("content").getJSONObject(0);
        content.getJSONObject("reader").getJSONObject("parameter").put("statusTable", "orders_long_status");
        content.getJSONObject("writer").getJSONObject("parameter").put("object", "long/part");
        content.getJSONObject("writer").getJSONObject("parameter").remove("markDoneFileName");
        JobResult longRun = pair.runner.run(longJob.toJSONString(), whole.params());
        assertTrue(longRun.succeeded(), longRun::failureMessage);
        List<String> long_ = pair.bucket.lines("long/part");

        assertEquals(history.rowModeRecordsIn(whole), long_.size(), "records of the long window");
        assertEquals(sorted(long_), sorted(chained));
    }

    @Test
    void everyCompletedWindowHasItsManifest() {
        for (Window window : exported) {
            String prefix = "orders/" + window.startMillis() + "/";
            JSONObject manifest = JSON.parseObject(String.join("\n", pair.bucket.read(prefix + "_DONE.json", StandardCharsets.UTF_8).lines()));
            assertEquals(String.valueOf(window.endMillis()), manifest.getJSONObject("window").getString("endTimestampMillis"), prefix);
            assertEquals(pair.bucket.lines(prefix + "part").size(), manifest.getJSONObject("totals").getLongValue("records"), prefix);
            List<String> listed = manifest.getJSONArray("objects").stream().map(o -> ((JSONObject) o).getString("key")).sorted().toList();
            assertEquals(pair.bucket.keys(prefix + "part"), listed, prefix);
        }
    }

    @Test
    void windowsReportsNoGapAndTheFailedRunAsReExported() {
        Tools.Result windows = tools.run("windows", job.toString());
        System.out.println(String.join("\n", log) + "\n" + windows.out());
        assertEquals(0, windows.exit(), windows.out() + windows.err());
        assertTrue(windows.out().contains("No gap and no overlap: 6 complete windows"), windows.out());
        assertTrue(windows.out().contains("incomplete, re-exported by later windows"), windows.out());
        assertFalse(windows.out().contains(Emulators.ACCESS_KEY));
    }

    @Test
    void datax_localRunsTheDataWorksScriptItself() throws IOException {
        Path script = dir.resolve("local-script.json");
        try (InputStream in = DataWorksGuideIT.class.getResourceAsStream("/dataworks/orders-otsstream-to-oss.json")) {
            Files.writeString(script, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("orders_dataworks_status", "orders_local_status").replace("orders/${start_time}", "local/${start_time}"));
        }
        Window window = new Window(base + 10 * MINUTE, base + 20 * MINUTE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = io.ots2oss.quickstart.DataxLocalCommand.run(new String[] {"--home", pair.home.root().toString(),
                script.toString(), "-p", Window.dataxPyArgument(window.params())},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'otsstream' -> 'otsstreamreader'"), err.toString(StandardCharsets.UTF_8));
        assertEquals(sorted(pair.bucket.lines("orders/" + window.startMillis() + "/part")),
                sorted(pair.bucket.lines("local/" + window.startMillis() + "/part")));
    }

    @Test
    void headroomIsOkRightAfterTheLastRun() {
        Tools.Result headroom = tools.run("headroom", job.toString());
        assertEquals(0, headroom.exit(), headroom.out() + headroom.err());
    }
}
