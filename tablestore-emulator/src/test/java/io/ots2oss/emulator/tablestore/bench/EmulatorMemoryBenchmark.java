package io.ots2oss.emulator.tablestore.bench;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.BatchWriteRowRequest;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.CreateTableRequest;
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

/**
 * Heap held per written row: stream record plus stored row. Writes {@code records} small rows
 * (INTEGER key, one STRING and one INTEGER column) over {@code distinctKeys} keys, then reports the
 * heap growth after GC.
 *
 * <pre>mvn -q -pl tablestore-emulator exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=io.ots2oss.emulator.tablestore.bench.EmulatorMemoryBenchmark [-Dexec.args="1000000 1000000 [stream-only]"]</pre>
 */
public final class EmulatorMemoryBenchmark {
    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int distinctKeys = args.length > 1 ? Integer.parseInt(args[1]) : records;
        boolean streamOnly = args.length > 2 && args[2].equals("stream-only");
        try (TablestoreEmulator emulator = TablestoreEmulator.builder().defaultShardCount(4).start()) {
            if (streamOnly) {
                emulator.streamOnly("mem");
            }
            SyncClient client = new SyncClient(emulator.endpoint(), emulator.accessKeyId(), emulator.accessKeySecret(),
                    emulator.instanceName(), new ClientConfiguration());
            TableMeta meta = new TableMeta("mem");
            meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
            CreateTableRequest create = new CreateTableRequest(meta, new TableOptions(-1, 1), new ReservedThroughput(0, 0));
            create.setStreamSpecification(new StreamSpecification(true, 24));
            client.createTable(create);
            long before = usedHeap();
            for (int base = 0; base < records; base += 200) {
                BatchWriteRowRequest batch = new BatchWriteRowRequest();
                for (int i = base; i < Math.min(records, base + 200); i++) {
                    RowPutChange put = new RowPutChange("mem", PrimaryKeyBuilder.createPrimaryKeyBuilder()
                            .addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(i % distinctKeys)).build());
                    put.addColumn("name", ColumnValue.fromString("user-" + i));
                    put.addColumn("amount", ColumnValue.fromLong(i * 7L));
                    batch.addRowChange(put);
                }
                client.batchWriteRow(batch);
            }
            client.shutdown();
            long after = usedHeap();
            long stream = emulator.streamBytes("mem");
            System.out.printf("%s%,d records over %,d keys: heap +%,d bytes = %.1f B/record; stream store %,d bytes = %.1f B/record%n",
                    streamOnly ? "[stream-only] " : "", records, distinctKeys, after - before, (double) (after - before) / records, stream, (double) stream / records);
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
