package io.ots2oss.otsstreamreader.stream;

import io.ots2oss.otsstreamreader.client.SdkStreamPages;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.*;
import io.ots2oss.emulator.tablestore.TablestoreEmulator;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.otsstreamreader.config.TimeWindow;
import io.ots2oss.otsstreamreader.layout.RecordLayout;
import io.ots2oss.otsstreamreader.status.ShardCheckpoint;
import io.ots2oss.otsstreamreader.status.StatusTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.*;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One task's shard threads and its DataX thread, against the emulator: a child whose parent another task reads waits
 * with back-off but not forever, and a failure on either side ends the task instead of leaving it hanging.
 */
class TaskRunIT {
    private static final long T = (System.currentTimeMillis() - 2 * 3_600_000L) / 1000 * 1000;
    private static TablestoreEmulator emulator;
    private static SyncClient client;

    @BeforeAll
    static void start() {
        emulator = TablestoreEmulator.builder().credentials("id", "key").start();
        client = new SyncClient(emulator.endpoint(), "id", "key", emulator.instanceName());
    }

    @AfterAll
    static void stop() {
        client.shutdown();
        emulator.close();
    }

    private static final RecordLayout ONE_RECORD_PER_CHANGE = (record, shardId, out) -> out.add(null);

    private static String table(String name) {
        TableMeta meta = new TableMeta(name);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        CreateTableRequest create = new CreateTableRequest(meta, new TableOptions(-1, 1));
        create.setStreamSpecification(new StreamSpecification(true, 24));
        client.createTable(create);
        emulator.clock().freezeAt(T + 500);
        String parent = emulator.shardIds(name).get(0);
        emulator.splitShard(name, parent);
        for (int i = 0; i < 10; i++) {
            emulator.clock().freezeAt(T + 1000 + i);
            RowUpdateChange change = new RowUpdateChange(name, PrimaryKeyBuilder.createPrimaryKeyBuilder()
                    .addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(i)).build());
            change.put("v", ColumnValue.fromLong(i));
            client.updateRow(new UpdateRowRequest(change));
        }
        StatusTable.ensureExists(client, "status_" + name);
        return client.describeTable(new DescribeTableRequest(name)).getStreamDetails().getStreamId();
    }

    private static List<ShardInfo> shards(String streamId) {
        List<ShardInfo> shards = new ArrayList<>();
        for (StreamShard s : client.describeStream(new DescribeStreamRequest(streamId)).getShards()) {
            shards.add(new ShardInfo(s.getShardId(), s.getParentId(), s.getParentSiblingId()));
        }
        return shards;
    }

    private static TaskRun run(String name, String streamId, List<ShardInfo> shards, StatusTable status, long waitLimit) {
        return run(name, streamId, shards, status, waitLimit, ONE_RECORD_PER_CHANGE);
    }

    private static TaskRun run(String name, String streamId, List<ShardInfo> shards, StatusTable status, long waitLimit,
                               RecordLayout layout) {
        return new TaskRun(client, new SdkStreamPages(client), status, name, streamId, "v1", new TimeWindow(T, T + 60_000L), 24, () -> layout,
                false, shards, StartPlan.resolve(status, streamId, T, shards), 4, waitLimit, 60_000L);
    }

    private static List<String> ids(List<ShardInfo> shards) {
        List<String> ids = new ArrayList<>();
        shards.forEach(s -> ids.add(s.id()));
        return ids;
    }

    @Test
    void childStartsOnceAnotherTaskFinishesItsParent() throws Exception {
        String streamId = table("wait_ok");
        List<ShardInfo> shards = shards(streamId);
        StatusTable status = new StatusTable(client, "status_wait_ok", streamId);
        String parent = shards.stream().filter(s -> s.parents().isEmpty()).findFirst().get().id();
        List<String> children = new ArrayList<>();
        shards.stream().filter(s -> !s.parents().isEmpty()).forEach(s -> children.add(s.id()));

        List<Record> emitted = new CopyOnWriteArrayList<>();
        long polls = emulator.requestCount("GetRange");
        java.util.concurrent.ExecutorService task = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<List<ShardOutcome>> outcome = task.submit(
                () -> run("wait_ok", streamId, shards, status, 60_000L).execute(children, emitted::add));
        // The task has looked at the window's checkpoints (and found its children blocked) at least twice.
        while (emulator.requestCount("GetRange") < polls + 3 && !outcome.isDone()) {
            Thread.onSpinWait();
        }
        assertFalse(outcome.isDone(), "children must wait for their parent");
        status.writeCheckpoint(T + 60_000L, new ShardCheckpoint(parent, "v1", ShardCheckpoint.SHARD_END, 0, 0));
        List<ShardOutcome> outcomes = outcome.get(2, java.util.concurrent.TimeUnit.MINUTES);
        task.shutdown();
        assertEquals(2, outcomes.size());
        assertEquals(10, emitted.size());
    }

    @Test
    void aClientWhoseIoReactorStopsFailsTheTaskAtOnceSayingWhatToChange() throws Exception {
        String streamId = table("reactor");
        List<ShardInfo> shards = shards(streamId);
        SyncClient doomed = new SyncClient(emulator.endpoint(), "id", "key", emulator.instanceName());
        StatusTable status = new StatusTable(doomed, "status_reactor", streamId);
        TaskRun task = new TaskRun(doomed, new SdkStreamPages(doomed), status, "reactor", streamId, "v1", new TimeWindow(T, T + 60_000L), 24,
                () -> ONE_RECORD_PER_CHANGE, false, shards, StartPlan.resolve(status, streamId, T, shards), 4, 60_000L, 60_000L);
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        emulator.faults().latency("GetStreamRecord", Duration.ofSeconds(30));
        try {
            long calls = emulator.requestCount("GetStreamRecord");
            java.util.concurrent.Future<?> reading = thread.submit(() -> task.execute(ids(shards), r -> { }));
            while (emulator.requestCount("GetStreamRecord") == calls) {
                Thread.sleep(5);
            }
            long stopped = System.nanoTime();
            // What an OutOfMemoryError in the SDK's I/O thread leaves behind: a stopped reactor, calls in flight.
            doomed.shutdown();
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> reading.get(25, java.util.concurrent.TimeUnit.SECONDS));
            DataXException failure = assertInstanceOf(DataXException.class, e.getCause());
            assertEquals(ReaderErrorCode.OUT_OF_MEMORY, failure.getErrorCode());
            assertTrue(failure.getMessage().contains("-Xmx") && failure.getMessage().contains("threadNum"), failure.getMessage());
            assertTrue(System.nanoTime() - stopped < 10_000_000_000L, "failed at once, not after the call's timeout");
        } finally {
            emulator.faults().clear();
            thread.shutdownNow();
        }
    }

    @Test
    void waitingForAParentThatNeverFinishesFailsWithAClearError() {
        String streamId = table("wait_forever");
        List<ShardInfo> shards = shards(streamId);
        StatusTable status = new StatusTable(client, "status_wait_forever", streamId);
        List<String> children = new ArrayList<>();
        shards.stream().filter(s -> !s.parents().isEmpty()).forEach(s -> children.add(s.id()));
        DataXException e = assertThrows(DataXException.class,
                () -> run("wait_forever", streamId, shards, status, 500L).execute(children, r -> { }));
        assertEquals(ReaderErrorCode.LINEAGE_TIMEOUT, e.getErrorCode());
        assertTrue(e.getMessage().contains("waits for"), e.getMessage());
    }

    /** Runs every shard of a fresh table and returns how the task ended, which must be promptly and with an error. */
    private static IllegalStateException taskFailure(String name, RecordLayout layout, RecordEmitter emitter) {
        String streamId = table(name);
        List<ShardInfo> shards = shards(streamId);
        StatusTable status = new StatusTable(client, "status_" + name, streamId);
        TaskRun task = run(name, streamId, shards, status, 60_000L, layout);
        return assertTimeoutPreemptively(Duration.ofMinutes(1),
                () -> assertThrows(IllegalStateException.class, () -> task.execute(ids(shards), emitter)));
    }

    @Test
    void aShardThatFailsEndsTheTaskWithItsError() {
        RecordLayout broken = (record, shardId, out) -> {
            throw new IllegalStateException("cannot convert a record of " + shardId);
        };
        IllegalStateException e = taskFailure("fail_shard", broken, r -> { });
        assertTrue(e.getMessage().startsWith("cannot convert a record of"), e.getMessage());
    }

    @Test
    void aWriterThatFailsEndsTheTaskWithItsError() {
        RecordEmitter broken = record -> {
            throw new IllegalStateException("the channel is closed");
        };
        assertEquals("the channel is closed", taskFailure("fail_writer", ONE_RECORD_PER_CHANGE, broken).getMessage());
    }
}
