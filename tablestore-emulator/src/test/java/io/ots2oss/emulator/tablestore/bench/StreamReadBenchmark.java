package io.ots2oss.emulator.tablestore.bench;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.BatchWriteRowRequest;
import com.alicloud.openservices.tablestore.model.BatchWriteRowResponse;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.CreateTableRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.ReservedThroughput;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.StreamSpecification;
import com.alicloud.openservices.tablestore.model.TableMeta;
import com.alicloud.openservices.tablestore.model.TableOptions;
import io.ots2oss.emulator.tablestore.TablestoreEmulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many stream records per second the emulator serves to 1 and to 4 concurrent SDK readers.
 * Loads {@code records} small rows (INTEGER key, one STRING and one INTEGER column) into a 4-shard
 * table through BatchWriteRow, then each reader drains shards with GetStreamRecord at {@code limit}.
 *
 * <pre>mvn -q -pl tablestore-emulator exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=io.ots2oss.emulator.tablestore.bench.StreamReadBenchmark [-Dexec.args="1000000 1000"]</pre>
 */
public final class StreamReadBenchmark {
    private static final String TABLE = "bench";
    private static final int SHARDS = 4;

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (TablestoreEmulator emulator = TablestoreEmulator.builder().defaultShardCount(SHARDS).start()) {
            SyncClient writer = client(emulator);
            long loadStart = System.nanoTime();
            load(writer, records);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("loaded %,d records in %.1f s (%,.0f rows/s via BatchWriteRow); stream bytes %,d (%.1f B/record)%n",
                    records, loadSeconds, records / loadSeconds, emulator.streamBytes(TABLE),
                    (double) emulator.streamBytes(TABLE) / records);
            String streamId = writer.listStream(new ListStreamRequest(TABLE)).getStreams().get(0).getStreamId();
            List<String> shards = emulator.shardIds(TABLE);
            writer.shutdown();

            run(emulator, streamId, List.of(shards), limit, "warm-up, 1 reader");
            run(emulator, streamId, List.of(shards), limit, "1 reader (4 shards in turn)");
            List<List<String>> perReader = new ArrayList<>();
            shards.forEach(s -> perReader.add(List.of(s)));
            run(emulator, streamId, perReader, limit, "4 concurrent readers (1 shard each)");
        }
    }

    private static SyncClient client(TablestoreEmulator emulator) {
        return new SyncClient(emulator.endpoint(), emulator.accessKeyId(), emulator.accessKeySecret(),
                emulator.instanceName(), new ClientConfiguration());
    }

    private static void load(SyncClient client, int records) {
        TableMeta meta = new TableMeta(TABLE);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        CreateTableRequest create = new CreateTableRequest(meta, new TableOptions(-1, 1), new ReservedThroughput(0, 0));
        create.setStreamSpecification(new StreamSpecification(true, 24));
        client.createTable(create);
        for (int base = 0; base < records; base += 200) {
            BatchWriteRowRequest batch = new BatchWriteRowRequest();
            for (int i = base; i < Math.min(records, base + 200); i++) {
                RowPutChange put = new RowPutChange(TABLE, PrimaryKeyBuilder.createPrimaryKeyBuilder()
                        .addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(i)).build());
                put.addColumn("name", ColumnValue.fromString("user-" + i));
                put.addColumn("amount", ColumnValue.fromLong(i * 7L));
                batch.addRowChange(put);
            }
            BatchWriteRowResponse response = client.batchWriteRow(batch);
            if (!response.isAllSucceed()) {
                throw new IllegalStateException("load failed: " + response.getFailedRows().get(0).getError());
            }
        }
    }

    private static void run(TablestoreEmulator emulator, String streamId, List<List<String>> readers, int limit, String label)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers.size());
        List<SyncClient> clients = new ArrayList<>();
        try {
            List<Future<Long>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (List<String> shards : readers) {
                SyncClient client = client(emulator);
                clients.add(client);
                results.add(pool.submit(() -> drain(client, streamId, shards, limit)));
            }
            long total = 0;
            for (Future<Long> result : results) {
                total += result.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-40s %,12d records in %6.2f s = %,10.0f records/s (limit %d)%n",
                    label, total, seconds, total / seconds, limit);
        } finally {
            clients.forEach(SyncClient::shutdown);
            pool.shutdown();
        }
    }

    private static long drain(SyncClient client, String streamId, List<String> shards, int limit) {
        long count = 0;
        for (String shard : shards) {
            String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId, shard)).getShardIterator();
            while (iterator != null) {
                GetStreamRecordRequest request = new GetStreamRecordRequest(iterator);
                request.setLimit(limit);
                GetStreamRecordResponse response = client.getStreamRecord(request);
                count += response.getRecords().size();
                if (response.getRecords().isEmpty()) {
                    break;
                }
                iterator = response.getNextShardIterator();
            }
        }
        return count;
    }
}
