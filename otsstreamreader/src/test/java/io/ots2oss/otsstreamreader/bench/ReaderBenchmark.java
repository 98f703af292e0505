package io.ots2oss.otsstreamreader.bench;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.*;
import io.ots2oss.emulator.tablestore.TablestoreEmulator;
import io.ots2oss.testkit.plugins.discardwriter.DiscardWriter;
import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads one window of an N-shard stream through the packaged plugin into a discarding writer (one DataX channel, so
 * one task), once per {@code threadNum}. Separates the fixed cost of a job (start-up, catalog, status table, one
 * iterator per shard: measured on an empty window) from the steady-state rate (records / time after the first
 * record reached the writer).
 *
 * <pre>mvn -q -o -pl otsstreamreader package -DskipTests
 * mvn -q -o -pl otsstreamreader exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.ots2oss.otsstreamreader.bench.ReaderBenchmark \
 *     [-Dshards=8 -Dchanges=1000000 -DlatencyMs=0 -Dthreads=1,8 -Drepeat=2]</pre>
 */
public final class ReaderBenchmark {
    private static final String TABLE = "bench";
    private static final int ROWS_PER_BATCH = 200;
    private static final int ROWS_PER_CLOCK_TICK = 20_000;

    public static void main(String[] args) throws Exception {
        int shards = Integer.getInteger("shards", 8);
        int changes = Integer.getInteger("changes", Integer.getInteger("rows", 1_000_000));
        int latencyMs = Integer.getInteger("latencyMs", 0);
        int repeat = Integer.getInteger("repeat", 2);
        String threadList = System.getProperty("threads", "1," + shards);
        long start = (System.currentTimeMillis() - 3_600_000L) / 1000 * 1000;
        try (TablestoreEmulator emulator = TablestoreEmulator.builder().credentials("bench", "bench-secret").start()) {
            long seedStart = System.nanoTime();
            seed(emulator, shards, changes, start);
            System.out.printf("stream: %d shards, %d row changes (seeded in %.1f s), %d ms per GetStreamRecord, 1 DataX channel%n",
                    shards, changes, (System.nanoTime() - seedStart) / 1e9, latencyMs);
            if (latencyMs > 0) {
                emulator.faults().latency("GetStreamRecord", Duration.ofMillis(latencyMs));
            }
            Path work = Files.createTempDirectory("otsstreamreader-bench");
            DataxHome home = DataxHome.create(work.resolve("datax"));
            home.installPlugin(packagedPlugin());
            home.installDiscardingWriter();
            int run = 0;
            for (String threadText : threadList.split(",")) {
                int threads = Integer.parseInt(threadText.trim());
                for (int i = 0; i < repeat; i++) {
                    run++;
                    long calls = emulator.requestCount("GetStreamRecord");
                    JobTiming empty = runJob(home, emulator, threads, "empty_" + run, start - 60_000L, start);
                    JobTiming full = runJob(home, emulator, threads, "full_" + run, start, start + 600_000L);
                    double steady = full.records / full.secondsAfterFirstRecord;
                    System.out.printf("threadNum=%-3d records=%d  wall=%.2f s (%.0f records/s)  fixed job cost=%.2f s  "
                                    + "steady state=%.0f records/s (%.2f s after the first record; wall minus fixed: %.0f records/s)  "
                                    + "GetStreamRecord calls=%d%n",
                            threads, full.records, full.wallSeconds, full.records / full.wallSeconds, empty.wallSeconds,
                            steady, full.secondsAfterFirstRecord, full.records / Math.max(1e-3, full.wallSeconds - empty.wallSeconds),
                            emulator.requestCount("GetStreamRecord") - calls);
                }
            }
        }
    }

    /**
     * The plugin that {@code package} just built, found next to this class's {@code target/test-classes}: exec:java
     * runs in the directory Maven was started from, where a relative {@code target/} may hold a stale copy.
     */
    private static Path packagedPlugin() throws Exception {
        Path testClasses = Paths.get(ReaderBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path plugin = testClasses.getParent().resolve(Paths.get("datax", "plugin", "reader", "otsstreamreader"));
        if (!Files.isDirectory(plugin)) {
            throw new IllegalStateException("No packaged plugin at " + plugin + "; run mvn -pl otsstreamreader package first");
        }
        return plugin;
    }

    /** Writes {@code changes} single-column updates spread over the shards, with stream times from start on. */
    private static void seed(TablestoreEmulator emulator, int shards, int changes, long start) throws Exception {
        ClientConfiguration conf = new ClientConfiguration();
        SyncClient client = new SyncClient(emulator.endpoint(), "bench", "bench-secret", emulator.instanceName(), conf);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            emulator.shardCount(TABLE, shards);
            TableMeta meta = new TableMeta(TABLE);
            meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
            CreateTableRequest create = new CreateTableRequest(meta, new TableOptions(-1, 1));
            create.setStreamSpecification(new StreamSpecification(true, 24));
            client.createTable(create);
            for (int tick = 0; tick * ROWS_PER_CLOCK_TICK < changes; tick++) {
                emulator.clock().freezeAt(start + tick);
                List<Future<?>> writes = new ArrayList<>();
                int first = tick * ROWS_PER_CLOCK_TICK;
                int last = Math.min(changes, first + ROWS_PER_CLOCK_TICK);
                for (int from = first; from < last; from += ROWS_PER_BATCH) {
                    int batchFrom = from;
                    int batchTo = Math.min(last, from + ROWS_PER_BATCH);
                    writes.add(pool.submit(() -> client.batchWriteRow(batch(batchFrom, batchTo))));
                }
                for (Future<?> write : writes) {
                    write.get();
                }
            }
        } finally {
            pool.shutdownNow();
            client.shutdown();
        }
    }

    private static BatchWriteRowRequest batch(int from, int to) {
        BatchWriteRowRequest request = new BatchWriteRowRequest();
        for (long id = from; id < to; id++) {
            RowUpdateChange change = new RowUpdateChange(TABLE,
                    PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(id)).build());
            change.put("payload", ColumnValue.fromString("value-" + id));
            request.addRowChange(change);
        }
        return request;
    }

    private static JobTiming runJob(DataxHome home, TablestoreEmulator emulator, int threads, String name,
                                    long startMillis, long endMillis) {
        JSONObject p = new JSONObject();
        p.put("endpoint", emulator.endpoint());
        p.put("accessId", "bench");
        p.put("accessKey", "bench-secret");
        p.put("instanceName", emulator.instanceName());
        p.put("dataTable", TABLE);
        p.put("statusTable", "bench_status_" + name);
        p.put("startTimestampMillis", startMillis);
        p.put("endTimestampMillis", endMillis);
        p.put("threadNum", threads);
        String job = "{\"job\":{\"setting\":{\"speed\":{\"channel\":1}},\"content\":[{\"reader\":{\"name\":\"otsstreamreader\","
                + "\"parameter\":" + JSON.toJSONString(p) + "},\"writer\":{\"name\":\"discardwriter\",\"parameter\":{}}}]}}";
        System.clearProperty(DiscardWriter.FIRST_RECORD_NANOS);
        long t0 = System.nanoTime();
        JobResult result = new JobRunner(home).run(job, Collections.emptyMap());
        long t1 = System.nanoTime();
        if (!result.succeeded()) {
            throw new IllegalStateException(result.failureMessage(), result.failure());
        }
        String first = System.getProperty(DiscardWriter.FIRST_RECORD_NANOS);
        double afterFirst = first == null ? 0 : (t1 - Long.parseLong(first)) / 1e9;
        return new JobTiming(result.readRecords(), (t1 - t0) / 1e9, afterFirst);
    }

    private record JobTiming(long records, double wallSeconds, double secondsAfterFirstRecord) {
    }
}
