package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PutRowRequest;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.aliyun.oss.OSS;
import com.aliyun.oss.model.OSSObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rows near Tablestore's size limits in one shard, exported by a DataX JVM with a small heap: the reader sizes its pages
 * and what it holds in bytes from the heap, so the job neither runs out of memory nor hangs. (Before, the whole shard
 * came in one page of 1,000 records: the SDK's I/O thread died of OutOfMemoryError and the job hung.)
 */
class LargeCellsIT {
    private static final int ROWS = 80;
    private static final int CELL_BYTES = 1_900_000;
    private static final long JOB_TIMEOUT_SECONDS = 120;

    @TempDir
    static Path dir;
    static PairFixture pair;
    static Window window;

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 1);
        long base = PairFixture.baseAboutTwoHoursAgo();
        window = new Window(base, base + 10 * MINUTE);
        SyncClient client = pair.emulators.tablestoreClient();
        OrdersTable.create(client, PairFixture.TABLE);
        char[] cell = new char[CELL_BYTES];
        for (int row = 0; row < ROWS; row++) {
            Arrays.fill(cell, (char) ('a' + row % 26));
            pair.emulators.tablestore().clock().freezeAt(base + MINUTE + row * 1000L);
            RowPutChange put = new RowPutChange(PairFixture.TABLE, OrdersTable.key("big", row));
            put.addColumn("customer", ColumnValue.fromString(new String(cell)));
            put.addColumn("amount", ColumnValue.fromLong(row));
            client.putRow(new PutRowRequest(put));
        }
        pair.emulators.tablestore().clock().useRealTime();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void rowsWithTwoMegabyteCellsExportUnderAQuarterGigabyteHeap() throws Exception {
        PairJob job = pair.job().multiVersionMode().channels(1)
                .reader("statusTable", "status_large")
                .reader("threadNum", 4);
        Process datax = startDataxProcess(job, "256m", "large");
        boolean ended = datax.waitFor(JOB_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String output = Files.readString(dir.resolve("large.out"));
        if (!ended) {
            datax.destroyForcibly();
        }
        System.out.println("DataX JVM (-Xmx256m) output, last lines:\n" + tail(output).replaceAll("[a-z]{1000,}", "<cell>"));
        assertTrue(ended, "the job did not end within " + JOB_TIMEOUT_SECONDS + " s:\n" + tail(output));
        assertEquals(0, datax.exitValue(), "the job failed:\n" + tail(output));
        long[] cells = countLines(job.objectPrefix("large"),
                line -> line.length() > CELL_BYTES && line.contains(",customer,"), line -> line.contains(",amount,"));
        assertEquals(ROWS, cells[0], "lines with a large customer cell");
        assertEquals(ROWS, cells[1], "lines with an amount cell");
    }

    /** How many lines match each predicate; streams the objects (hundreds of MB in all) instead of holding them. */
    @SafeVarargs
    private static long[] countLines(String prefix, Predicate<String>... matching) throws IOException {
        long[] counts = new long[matching.length];
        OSS oss = pair.emulators.ossClient();
        for (String key : pair.bucket.keys(prefix)) {
            try (OSSObject object = oss.getObject(PairFixture.BUCKET, key);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(object.getObjectContent(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    for (int i = 0; i < matching.length; i++) {
                        counts[i] += matching[i].test(line) ? 1 : 0;
                    }
                }
            }
        }
        return counts;
    }

    /** {@code datax-local} in its own JVM with the given heap, as datax.py starts DataX, with this test's class path. */
    private static Process startDataxProcess(PairJob job, String heap, String date) throws IOException {
        Path jobFile = Files.writeString(dir.resolve(date + "-job.json"), job.toJson());
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xms" + heap, "-cp", System.getProperty("java.class.path"),
                "io.ots2oss.testkit.DataxLocal", "--home", pair.home.root().toString(), jobFile.toString(),
                "-p", Window.dataxPyArgument(window.params(date))));
        Path output = dir.resolve(date + ".out");
        Files.writeString(output, "", StandardCharsets.UTF_8);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static String tail(String output) {
        return output.length() > 8000 ? output.substring(output.length() - 8000) : output;
    }
}
