package io.ots2oss.otsstreamreader.bench;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.*;
import io.ots2oss.emulator.tablestore.TablestoreEmulator;
import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Collections;

/**
 * Reads one window of a stream with N shards through the packaged plugin, once per threadNum, with a fixed latency
 * per GetStreamRecord call standing in for the network. Prints wall time and records per second.
 *
 * <pre>mvn -q -o -pl otsstreamreader package -DskipTests
 * mvn -q -o -pl otsstreamreader exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.ots2oss.otsstreamreader.bench.ReaderBenchmark [-Dshards=8 -Drows=40000 -DlatencyMs=20]</pre>
 */
public final class ReaderBenchmark {
    public static void main(String[] args) throws Exception {
        int shards = Integer.getInteger("shards", 8);
        int rows = Integer.getInteger("rows", 40_000);
        int latencyMs = Integer.getInteger("latencyMs", 20);
        long start = (System.currentTimeMillis() - 3_600_000L) / 1000 * 1000;
        try (TablestoreEmulator emulator = TablestoreEmulator.builder().credentials("bench", "bench-secret").start()) {
            SyncClient client = new SyncClient(emulator.endpoint(), "bench", "bench-secret", emulator.instanceName(), new ClientConfiguration());
            emulator.shardCount("bench", shards);
            TableMeta meta = new TableMeta("bench");
            meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
            CreateTableRequest create = new CreateTableRequest(meta, new TableOptions(-1, 1));
            create.setStreamSpecification(new StreamSpecification(true, 24));
            client.createTable(create);
            for (int batch = 0; batch < rows / 100; batch++) {
                emulator.clock().freezeAt(start + batch);
                BatchWriteRowRequest request = new BatchWriteRowRequest();
                for (int i = 0; i < 100; i++) {
                    long id = batch * 100L + i;
                    RowUpdateChange change = new RowUpdateChange("bench",
                            PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(id)).build());
                    change.put("payload", ColumnValue.fromString("value-" + id));
                    request.addRowChange(change);
                }
                client.batchWriteRow(request);
            }
            client.shutdown();
            emulator.faults().latency("GetStreamRecord", Duration.ofMillis(latencyMs));

            Path work = Files.createTempDirectory("otsstreamreader-bench");
            DataxHome home = DataxHome.create(work.resolve("datax"));
            home.installPlugin(Paths.get("target", "datax", "plugin", "reader", "otsstreamreader"));
            home.installCollectingWriter();
            System.out.printf("stream: %d shards, %d row changes, %d ms per GetStreamRecord, 1 DataX channel%n", shards, rows, latencyMs);
            for (int threads : new int[] {1, shards}) {
                JSONObject p = new JSONObject();
                p.put("endpoint", emulator.endpoint());
                p.put("accessId", "bench");
                p.put("accessKey", "bench-secret");
                p.put("instanceName", emulator.instanceName());
                p.put("dataTable", "bench");
                p.put("statusTable", "bench_status_" + threads);
                p.put("startTimestampMillis", start);
                p.put("endTimestampMillis", start + 60_000L);
                p.put("threadNum", threads);
                Path out = Files.createDirectories(work.resolve("out-" + threads));
                String job = "{\"job\":{\"setting\":{\"speed\":{\"channel\":1}},\"content\":[{\"reader\":{\"name\":\"otsstreamreader\",\"parameter\":"
                        + JSON.toJSONString(p) + "},\"writer\":{\"name\":\"collectwriter\",\"parameter\":{\"path\":\""
                        + out.toAbsolutePath() + "\"}}}]}}";
                long t0 = System.nanoTime();
                JobResult result = new JobRunner(home).run(job, Collections.emptyMap());
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (!result.succeeded()) {
                    throw new IllegalStateException(result.failureMessage(), result.failure());
                }
                System.out.printf("threadNum=%-3d records=%d  wall=%.2f s  %.0f records/s  (GetStreamRecord calls so far: %d)%n",
                        threads, result.readRecords(), seconds, result.readRecords() / seconds, emulator.requestCount("GetStreamRecord"));
            }
        }
    }
}
