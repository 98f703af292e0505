package io.ots2oss.tools.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.*;

import io.ots2oss.emulator.tablestore.TablestoreEmulator;
import io.ots2oss.otsstreamreader.status.ShardCheckpoint;
import io.ots2oss.otsstreamreader.status.StatusTable;
import io.ots2oss.otsstreamreader.status.StreamJobDesc;
import io.ots2oss.tools.Main;

/** The status tools over status rows written by our reader's classes and, as upstream writes them, by plain SDK calls. */
class StatusToolsIT {
    private static final String ACCESS_KEY = "tools-secret-never-printed";
    private static final long MIN = 60_000L;
    /** 2024-01-01 10:00:00 UTC. */
    private static final long T = 1_704_103_200_000L;

    private static TablestoreEmulator emulator;
    private static SyncClient client;
    private static int tables;

    @TempDir
    Path dir;
    private String table;
    private String statusTable;
    private String streamId;
    private List<String> shards;
    private Path job;

    @BeforeAll
    static void start() {
        emulator = TablestoreEmulator.builder().instance("toolsinst").credentials("tools-id", ACCESS_KEY).start();
        ClientConfiguration conf = new ClientConfiguration();
        conf.setRetryStrategy(new DefaultRetryStrategy(2, TimeUnit.SECONDS));
        client = new SyncClient(emulator.endpoint(), "tools-id", ACCESS_KEY, emulator.instanceName(), conf);
    }

    @AfterAll
    static void stop() {
        client.shutdown();
        emulator.close();
    }

    @BeforeEach
    void newTable() throws IOException {
        table = "orders" + (++tables);
        statusTable = "status_" + table;
        emulator.shardCount(table, 2);
        TableMeta meta = new TableMeta(table);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        CreateTableRequest request = new CreateTableRequest(meta, new TableOptions(-1, 1));
        request.setStreamSpecification(new StreamSpecification(true, 24));
        client.createTable(request);
        StatusTable.ensureExists(client, statusTable);
        streamId = client.describeTable(new DescribeTableRequest(table)).getStreamDetails().getStreamId();
        shards = emulator.shardIds(table);
        job = dir.resolve("job.json");
        Files.write(job, ("{\"job\":{\"setting\":{\"speed\":{\"channel\":1}},\"content\":[{"
                + "\"reader\":{\"name\":\"otsstreamreader\",\"parameter\":{\"endpoint\":\"" + emulator.endpoint() + "\","
                + "\"accessId\":\"tools-id\",\"accessKey\":\"" + ACCESS_KEY + "\",\"instanceName\":\"toolsinst\","
                + "\"dataTable\":\"" + table + "\",\"statusTable\":\"" + statusTable + "\",\"timeZone\":\"UTC\","
                + "\"startTimestampMillis\":\"${start_time}\",\"endTimestampMillis\":\"${end_time}\"}},"
                + "\"writer\":{\"name\":\"osswriter\",\"parameter\":{\"object\":\"exports/orders/${date}/part\"}}}]}}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A window as our reader leaves it: job description and one checkpoint per shard with its record count. */
    private void ourWindow(long start, long end, long recordsPerShard, boolean complete) {
        StatusTable status = new StatusTable(client, statusTable, streamId);
        String version = (T + end) + "-ours";
        status.writeJobDesc(new StreamJobDesc(table, streamId, version, new HashSet<>(shards), start, end));
        for (int i = 0; i < shards.size() - (complete ? 0 : 1); i++) {
            status.writeCheckpoint(end, new ShardCheckpoint(shards.get(i), version, ShardCheckpoint.SHARD_END, 0, recordsPerShard));
        }
    }

    /** A window as upstream's reader writes it (UpstreamStatusIT's rows): Gson shard list, deflated, no SendRecordCount. */
    private void upstreamWindow(long start, long end, String version) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(new com.google.gson.Gson().toJson(shards).getBytes(StandardCharsets.UTF_8));
        }
        RowPutChange desc = new RowPutChange(statusTable, key("DataxJobDesc", String.format("%16d", end)));
        desc.addColumn("ShardIds_0", ColumnValue.fromBinary(deflated.toByteArray()));
        desc.addColumn("Version", ColumnValue.fromString(version));
        desc.addColumn("TableName", ColumnValue.fromString(table));
        desc.addColumn("JobStreamId", ColumnValue.fromString(streamId));
        desc.addColumn("StartTime", ColumnValue.fromLong(start));
        desc.addColumn("EndTime", ColumnValue.fromLong(end));
        client.putRow(new PutRowRequest(desc));
        for (String shard : shards) {
            RowPutChange checkpoint = new RowPutChange(statusTable, key("CheckpointForDataxReader", String.format("%16d", end) + "\t" + shard));
            checkpoint.addColumn("Version", ColumnValue.fromString(version));
            checkpoint.addColumn("Checkpoint", ColumnValue.fromString(iterator(shard)));
            checkpoint.addColumn("SkipCount", ColumnValue.fromLong(0));
            client.putRow(new PutRowRequest(checkpoint));
        }
    }

    private String iterator(String shard) {
        return client.getShardIterator(new GetShardIteratorRequest(streamId, shard)).getShardIterator();
    }

    private PrimaryKey key(String type, String value) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("StreamId", PrimaryKeyValue.fromString(streamId))
                .addPrimaryKeyColumn("StatusType", PrimaryKeyValue.fromString(type))
                .addPrimaryKeyColumn("StatusValue", PrimaryKeyValue.fromString(value))
                .build();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run tool(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(run.out.contains(ACCESS_KEY) || run.err.contains(ACCESS_KEY), "secret printed");
        return run;
    }

    @Test
    void windowsListsCompleteWindowsWithTheirRecordsAndNoGap() {
        ourWindow(T, T + 5 * MIN, 7, true);
        ourWindow(T + 5 * MIN, T + 10 * MIN, 3, true);
        Run run = tool("windows", job.toString());
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("2024-01-01 10:00:00  2024-01-01 10:05:00"), run.out);
        assertTrue(run.out.matches("(?s).*10:05:00 .*\\s2\\s+14\\s+complete.*"), run.out);
        assertTrue(run.out.matches("(?s).*10:10:00 .*\\s2\\s+6\\s+complete.*"), run.out);
        assertTrue(run.out.contains("No gap and no overlap: 2 complete windows"), run.out);
    }

    @Test
    void windowsReportsAGapWithExitCode1AndAnOverlap() {
        ourWindow(T, T + 5 * MIN, 1, true);
        ourWindow(T + 10 * MIN, T + 15 * MIN, 1, true);
        ourWindow(T + 12 * MIN, T + 20 * MIN, 1, true);
        Run run = tool("windows", job.toString());
        assertEquals(1, run.exit);
        assertTrue(run.out.contains("GAP 2024-01-01 10:05:00 .. 2024-01-01 10:10:00"), run.out);
        assertTrue(run.out.contains("OVERLAP 2024-01-01 10:12:00 .. 2024-01-01 10:15:00"), run.out);
    }

    @Test
    void aFailedWindowIsIncompleteAndMarkedReExportedOnceCovered() {
        ourWindow(T, T + 5 * MIN, 1, true);
        ourWindow(T + 5 * MIN, T + 10 * MIN, 1, false);
        assertTrue(tool("windows", job.toString()).out.contains("INCOMPLETE (1 of 2 shards without checkpoint)"));
        ourWindow(T + 5 * MIN, T + 15 * MIN, 1, true);
        Run run = tool("windows", job.toString());
        assertEquals(0, run.exit);
        assertTrue(run.out.contains("incomplete, re-exported by later windows"), run.out);
        assertTrue(run.out.contains("No gap and no overlap"), run.out);
    }

    @Test
    void windowsReadsRowsUpstreamWrote() throws IOException {
        upstreamWindow(T, T + 5 * MIN, "1704103500123-upstream");
        ourWindow(T + 5 * MIN, T + 10 * MIN, 2, true);
        Run run = tool("windows", job.toString());
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.matches("(?s).*10:00:00  2024-01-01 10:05:00  2024-01-01 10:05:00 .*\\s2\\s+0\\s+complete.*"), run.out);
        assertTrue(run.out.contains("No gap and no overlap: 2 complete windows"), run.out);
    }

    @Test
    void nextWindowWindowAndHeadroomReadRowsUpstreamWrote() throws IOException {
        upstreamWindow(T, T + 5 * MIN, "1704103500123-upstream");
        Run next = tool("next-window", job.toString(), "--interval", "5m", "--now", "20240101101600");
        assertEquals("-Dstart_time=" + (T + 5 * MIN) + " -Dend_time=" + (T + 10 * MIN) + " -Ddate=20240101", next.out.trim());
        Run detail = tool("window", job.toString(), "20240101100500");
        assertEquals(0, detail.exit, detail.out);
        for (String shard : shards) {
            assertTrue(detail.out.lines().anyMatch(l -> l.contains(shard) && l.matches(".*\\s0\\s+caught up.*")), detail.out);
        }
        assertEquals(0, tool("headroom", job.toString(), "--now", "20240101120000").exit);
    }

    @Test
    void nextWindowStartsAtTheLastCompleteEndAndEndsAtTheLatestBoundaryFiveMinutesBack() {
        ourWindow(T, T + 5 * MIN, 1, true);
        Run run = tool("next-window", job.toString(), "--interval", "5m", "--now", "20240101102200");
        assertEquals(0, run.exit, run.err);
        assertEquals("-Dstart_time=" + (T + 5 * MIN) + " -Dend_time=" + (T + 15 * MIN) + " -Ddate=20240101", run.out.trim());
    }

    @Test
    void nextWindowCatchesUpAtMostMaxPerRun() {
        ourWindow(T, T + 5 * MIN, 1, true);
        Run run = tool("next-window", job.toString(), "--interval", "5m", "--max", "30m", "--now", "20240101150000");
        assertEquals("-Dstart_time=" + (T + 5 * MIN) + " -Dend_time=" + (T + 35 * MIN) + " -Ddate=20240101", run.out.trim());
    }

    @Test
    void nextWindowSaysNothingToRunYetWithExitCode3() {
        ourWindow(T, T + 5 * MIN, 1, true);
        Run run = tool("next-window", job.toString(), "--interval", "5m", "--now", "20240101100959");
        assertEquals(Main.NOTHING_TO_RUN, run.exit);
        assertEquals("", run.out);
        assertTrue(run.err.contains("nothing to run yet"), run.err);
    }

    @Test
    void nextWindowSkipsAFailedRunAndResumesFromTheLastCompleteWindow() {
        ourWindow(T, T + 5 * MIN, 1, true);
        ourWindow(T + 5 * MIN, T + 10 * MIN, 1, false);
        Run run = tool("next-window", job.toString(), "--interval", "5m", "--now", "20240101101700");
        assertEquals("-Dstart_time=" + (T + 5 * MIN) + " -Dend_time=" + (T + 10 * MIN) + " -Ddate=20240101", run.out.trim());
    }

    @Test
    void nextWindowNeedsAStartForTheFirstWindowAndPrintsDolphinSchedulerParameters() {
        Run none = tool("next-window", job.toString(), "--interval", "5m", "--now", "20240101102200");
        assertEquals(1, none.exit);
        assertTrue(none.err.contains("--start"), none.err);
        Run first = tool("next-window", job.toString(), "--interval", "5m", "--now", "20240101102200", "--start", "20240101100000", "--format", "ds");
        assertEquals(0, first.exit, first.err);
        assertEquals(List.of("${setValue(start_time=" + T + ")}", "${setValue(end_time=" + (T + 15 * MIN) + ")}",
                "${setValue(date=20240101)}"), first.out.lines().toList());
    }

    @Test
    void windowDetailShowsPerShardWhereItStoppedAndTheRecordsSent() {
        StatusTable status = new StatusTable(client, statusTable, streamId);
        String version = "1704103800000-ours";
        status.writeJobDesc(new StreamJobDesc(table, streamId, version, new HashSet<>(shards), T, T + 5 * MIN));
        status.writeCheckpoint(T + 5 * MIN, new ShardCheckpoint(shards.get(0), version, iterator(shards.get(0)), 0, 12));
        status.writeCheckpoint(T + 5 * MIN, new ShardCheckpoint(shards.get(1), version, ShardCheckpoint.SHARD_END, 0, 30));
        Run run = tool("window", job.toString(), "latest");
        assertEquals(0, run.exit, run.err);
        List<String> lines = run.out.lines().toList();
        assertTrue(lines.get(0).contains("complete"), run.out);
        assertTrue(lines.stream().anyMatch(l -> l.contains(shards.get(0)) && l.matches(".*\\s12\\s+caught up.*")), run.out);
        assertTrue(lines.stream().anyMatch(l -> l.contains(shards.get(1)) && l.matches(".*\\s30\\s+closed.*")), run.out);
    }

    @Test
    void windowDetailNamesTheShardsWithoutCheckpoint() {
        ourWindow(T, T + 5 * MIN, 4, false);
        Run run = tool("window", job.toString(), String.valueOf(T + 5 * MIN));
        assertEquals(1, run.exit);
        assertTrue(run.out.contains("no checkpoint: this shard did not finish the window"), run.out);
    }

    @Test
    void headroomIsTheTimeBeforeUnexportedChangesAreTrimmed() {
        ourWindow(T, T + 5 * MIN, 1, true);
        // 24 h retention, 10 min margin: the next window must start before 2024-01-02 09:55:00.
        Run ok = tool("headroom", job.toString(), "--now", "20240101120000");
        assertEquals(0, ok.exit, ok.err);
        assertTrue(ok.out.startsWith("OK") && ok.out.contains("2024-01-02 09:55:00") && ok.out.contains("in 21h 55m"), ok.out);
        assertEquals(1, tool("headroom", job.toString(), "--now", "20240102050000").exit);
        assertEquals(2, tool("headroom", job.toString(), "--now", "20240102090000").exit);
        Run late = tool("headroom", job.toString(), "--now", "20240102100000");
        assertEquals(2, late.exit);
        assertTrue(late.out.contains("being trimmed unexported"), late.out);
    }

    @Test
    void beforeTheFirstRunTheStatusTableMayNotExistYet() {
        client.deleteTable(new DeleteTableRequest(statusTable));
        Run windows = tool("windows", job.toString());
        assertEquals(0, windows.exit, windows.err);
        assertTrue(windows.out.contains("none yet"), windows.out);
        Run next = tool("next-window", job.toString(), "--interval", "5m", "--now", "20240101102200", "--start", "20240101100000");
        assertEquals("-Dstart_time=" + T + " -Dend_time=" + (T + 15 * MIN) + " -Ddate=20240101", next.out.trim());
    }

    @Test
    void headroomIsUnknownWithoutACompleteWindow() {
        assertEquals(3, tool("headroom", job.toString()).exit);
    }

    @Test
    void toolsReadADataWorksScriptToo() throws IOException {
        ourWindow(T, T + 5 * MIN, 1, true);
        Path script = dir.resolve("dataworks.json");
        String text = new String(Files.readAllBytes(job), StandardCharsets.UTF_8);
        String parameter = text.substring(text.indexOf("\"parameter\":") + 12, text.indexOf("}},\"writer\"") + 1);
        Files.write(script, ("{\"type\":\"job\",\"version\":\"1.0\",\"configuration\":{\"setting\":{\"speed\":{\"concurrent\":\"1\"}},"
                + "\"reader\":{\"plugin\":\"otsstream\",\"parameter\":" + parameter + "},"
                + "\"writer\":{\"plugin\":\"oss\",\"parameter\":{\"object\":\"x\"}}}}").getBytes(StandardCharsets.UTF_8));
        Run run = tool("next-window", script.toString(), "--interval", "5m", "--now", "20240101101600");
        assertEquals(0, run.exit, run.err);
        assertEquals("-Dstart_time=" + (T + 5 * MIN) + " -Dend_time=" + (T + 10 * MIN), run.out.trim());
    }

}
