package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;
import io.ots2oss.common.memory.MemoryBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class RecordPumpTest {
    private final ExecutorService shardThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        shardThread.shutdownNow();
    }

    /** A batch of one placeholder: the pump hands batches on without looking at the records. */
    private static List<Record> batch() {
        return new ArrayList<>(Collections.<Record>singletonList(null));
    }

    @Test
    void batchesOfAShardArriveInOrderAndTheEndComesLast() throws Exception {
        RecordPump pump = new RecordPump(5);
        BatchSink sink = pump.sinkForShard();
        List<List<Record>> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Record> b = batch();
            sent.add(b);
            sink.accept(b, null);
        }
        pump.finish();
        for (List<Record> expected : sent) {
            RecordPump.Batch b = pump.next(1000);
            assertSame(expected, b.records);
            b.done();
        }
        assertNull(pump.next(1000));
    }

    @Test
    void anIdlePollReturnsTheEmptyBatchNotTheEnd() throws Exception {
        assertSame(RecordPump.Batch.EMPTY, new RecordPump(1).next(1));
    }

    @Test
    void aFailurePostedByTheSchedulerIsThrownToTheConsumer() throws Exception {
        RecordPump pump = new RecordPump(1);
        pump.fail(new IllegalArgumentException("shard broke"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pump.next(1000));
        assertEquals("shard broke", e.getMessage());
    }

    @Test
    void aShardWithFullPrefetchContinuesOnceTheConsumerIsDone() throws Exception {
        RecordPump pump = new RecordPump(1);
        BatchSink sink = pump.sinkForShard();
        sink.accept(batch(), null);
        Future<?> second = shardThread.submit(() -> {
            sink.accept(batch(), null);
            return null;
        });
        pump.next(1000).done();
        second.get(30, TimeUnit.SECONDS);
        assertNotSame(RecordPump.Batch.EMPTY, pump.next(1000));
    }

    @Test
    void aShardWaitingForRoomGivesUpWhenTheConsumerIsGone() throws Exception {
        RecordPump pump = new RecordPump(1);
        BatchSink sink = pump.sinkForShard();
        sink.accept(batch(), null);
        Future<?> blocked = shardThread.submit(() -> {
            sink.accept(batch(), null);
            return null;
        });
        pump.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> blocked.get(30, TimeUnit.SECONDS));
        assertInstanceOf(CancellationException.class, e.getCause());
    }

    @Test
    void aBatchGivesItsMemoryBackOnceTheConsumerIsDoneWithIt() throws Exception {
        MemoryBudget memory = new MemoryBudget(1024 * 1024);
        RecordPump pump = new RecordPump(2);
        pump.sinkForShard().accept(batch(), memory.reserve(300 * 1024));
        assertEquals(724 * 1024, memory.availableBytes());
        pump.next(1000).done();
        assertEquals(1024 * 1024, memory.availableBytes());
    }

    @Test
    void closingThePumpGivesBackTheMemoryOfBatchesNobodyWillTake() throws Exception {
        MemoryBudget memory = new MemoryBudget(1024 * 1024);
        RecordPump pump = new RecordPump(2);
        BatchSink sink = pump.sinkForShard();
        sink.accept(batch(), memory.reserve(300 * 1024));
        sink.accept(batch(), memory.reserve(300 * 1024));
        pump.close();
        assertEquals(1024 * 1024, memory.availableBytes());
    }

    @Test
    void aBatchRefusedByAClosedPumpGivesItsMemoryBack() throws Exception {
        MemoryBudget memory = new MemoryBudget(1024 * 1024);
        RecordPump pump = new RecordPump(2);
        pump.close();
        assertThrows(CancellationException.class, () -> pump.sinkForShard().accept(batch(), memory.reserve(300 * 1024)));
        assertEquals(1024 * 1024, memory.availableBytes());
    }
}
