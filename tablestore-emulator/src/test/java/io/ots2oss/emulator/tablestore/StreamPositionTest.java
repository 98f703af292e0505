package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorResponse;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.PutRowRequest;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.emulator.tablestore.action.StreamLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamPositionTest extends EmulatorTestSupport {
    private static final long T0 = 1_700_000_000_000L;

    @Override
    protected TablestoreEmulator.Builder configure(TablestoreEmulator.Builder builder) {
        return builder.streamLimits(new StreamLimits(100, 1000, 3));
    }

    private String streamId() {
        return client.listStream(new ListStreamRequest("orders")).getStreams().get(0).getStreamId();
    }

    private String shardId() {
        return emulator.shardIds("orders").get(0);
    }

    private void write(SyncClient target, int from, int to) {
        for (int i = from; i < to; i++) {
            RowPutChange put = new RowPutChange("orders", key("k", i));
            put.addColumn("v", ColumnValue.fromLong(i));
            target.putRow(new PutRowRequest(put));
        }
    }

    private static long valueOf(StreamRecord record) {
        return record.getColumns().get(0).getColumn().getValue().asLong();
    }

    @Test
    void seekByTimestampFollowsContinuationTokensToTheFirstRecordAtOrAfterIt() {
        createTable("orders", true);
        emulator.clock().freezeAt(T0);
        for (int i = 0; i < 10; i++) {
            write(client, i, i + 1);
            emulator.clock().advance(Duration.ofMinutes(1));
        }
        long target = (T0 + Duration.ofMinutes(7).toMillis()) * 1000;

        GetShardIteratorRequest request = new GetShardIteratorRequest(streamId(), shardId());
        request.setTimestamp(target);
        GetShardIteratorResponse response = client.getShardIterator(request);
        int calls = 1;
        while (response.getNextToken() != null) {
            request.setToken(response.getNextToken());
            response = client.getShardIterator(request);
            calls++;
        }

        assertTrue(calls > 1, "a seek beyond the scan page needs continuation tokens");
        List<StreamRecord> records = client.getStreamRecord(new GetStreamRecordRequest(response.getShardIterator())).getRecords();
        assertEquals(7L, valueOf(records.get(0)));
        assertEquals(target, records.get(0).getSequenceInfo().getTimestamp());
    }

    @Test
    void readsArePagedByTheDefaultLimitAndTheRequestedOne() {
        createTable("orders", true);
        write(client, 0, 150);
        String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId(), shardId())).getShardIterator();

        GetStreamRecordResponse first = client.getStreamRecord(new GetStreamRecordRequest(iterator));
        GetStreamRecordRequest limited = new GetStreamRecordRequest(first.getNextShardIterator());
        limited.setLimit(20);
        GetStreamRecordResponse second = client.getStreamRecord(limited);

        assertEquals(100, first.getRecords().size());
        assertEquals(20, second.getRecords().size());
        assertEquals(100L, valueOf(second.getRecords().get(0)));
    }

    @Test
    void recordsOlderThanTheRetentionAreTrimmedAndTheirIteratorsRejected() {
        createTable("orders", 1);
        emulator.clock().setOffset(Duration.ofHours(-2));
        write(client, 0, 5);
        String oldIterator = client.getShardIterator(new GetShardIteratorRequest(streamId(), shardId())).getShardIterator();
        emulator.clock().useRealTime();
        write(client, 5, 8);

        TableStoreException e = assertThrows(TableStoreException.class,
                () -> client.getStreamRecord(new GetStreamRecordRequest(oldIterator)));
        assertEquals("OTSTrimmedDataAccess", e.getErrorCode());
        String oldest = client.getShardIterator(new GetShardIteratorRequest(streamId(), shardId())).getShardIterator();
        List<StreamRecord> retained = client.getStreamRecord(new GetStreamRecordRequest(oldest)).getRecords();
        assertEquals(3, retained.size());
        assertEquals(5L, valueOf(retained.get(0)));
    }

    @Test
    void iteratorStaysValidAcrossARestartWithTheSameData() {
        createTable("orders", true);
        write(client, 0, 6);
        GetStreamRecordRequest firstTwo = new GetStreamRecordRequest(
                client.getShardIterator(new GetShardIteratorRequest(streamId(), shardId())).getShardIterator());
        firstTwo.setLimit(2);
        String checkpoint = client.getStreamRecord(firstTwo).getNextShardIterator();
        stopEmulator();

        startEmulator();
        createTable("orders", true);
        write(client, 0, 6);
        GetStreamRecordResponse resumed = client.getStreamRecord(new GetStreamRecordRequest(checkpoint));

        assertEquals(4, resumed.getRecords().size());
        assertEquals(2L, valueOf(resumed.getRecords().get(0)));
        assertNotNull(resumed.getNextShardIterator());
    }

    @Test
    void closedShardReturnsItsLastRecordsWithoutNextIterator() {
        createTable("orders", true);
        write(client, 0, 3);
        String parent = shardId();
        emulator.splitShard("orders", parent);
        String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId(), parent)).getShardIterator();

        GetStreamRecordResponse response = client.getStreamRecord(new GetStreamRecordRequest(iterator));

        assertEquals(3, response.getRecords().size());
        assertNull(response.getNextShardIterator());
    }

    @Test
    void streamTimestampsAreStrictlyIncreasingEvenOnAFrozenClock() {
        createTable("orders", true);
        emulator.clock().freezeAt(T0);
        write(client, 0, 5);
        String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId(), shardId())).getShardIterator();
        List<StreamRecord> records = client.getStreamRecord(new GetStreamRecordRequest(iterator)).getRecords();
        for (int i = 1; i < records.size(); i++) {
            assertTrue(records.get(i).getSequenceInfo().getTimestamp() > records.get(i - 1).getSequenceInfo().getTimestamp());
        }
        assertEquals(T0 * 1000, records.get(0).getSequenceInfo().getTimestamp());
    }
}
