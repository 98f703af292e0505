package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.DescribeTableRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.PutRowRequest;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import io.ots2oss.emulator.tablestore.fault.FaultInjector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest extends EmulatorTestSupport {

    private String iterator() {
        String streamId = client.listStream(new ListStreamRequest("orders")).getStreams().get(0).getStreamId();
        return client.getShardIterator(new GetShardIteratorRequest(streamId, emulator.shardIds("orders").get(0))).getShardIterator();
    }

    private void putOne() {
        RowPutChange put = new RowPutChange("orders", key("a", 1));
        put.addColumn("c", ColumnValue.fromLong(1));
        client.putRow(new PutRowRequest(put));
    }

    @Test
    void retriedServerBusyIsInvisibleToTheCaller() {
        createTable("orders", true);
        putOne();
        String iterator = iterator();
        emulator.faults().failNext("GetStreamRecord", "OTSServerBusy", 3);

        GetStreamRecordResponse response = client.getStreamRecord(new GetStreamRecordRequest(iterator));

        assertEquals(1, response.getRecords().size());
        assertEquals(4, emulator.requestCount("GetStreamRecord"));
    }

    @Test
    void internalErrorOnANonIdempotentWriteSurfaces() {
        createTable("orders", true);
        emulator.faults().failNext("PutRow", "OTSInternalServerError", 1);

        TableStoreException e = assertThrows(TableStoreException.class, this::putOne);

        assertEquals("OTSInternalServerError", e.getErrorCode());
        assertEquals(500, e.getHttpStatus());
        assertEquals(1, emulator.requestCount("PutRow"));
    }

    @Test
    void droppedConnectionOnAReadIsRetriedBySdk() {
        createTable("orders", true);
        putOne();
        String iterator = iterator();
        emulator.faults().dropConnectionNext("GetStreamRecord", 1);

        GetStreamRecordResponse response = client.getStreamRecord(new GetStreamRecordRequest(iterator));

        assertEquals(1, response.getRecords().size());
        assertEquals(2, emulator.requestCount("GetStreamRecord"));
    }

    @Test
    void wildcardRateFailuresAreDeterministicForASeed() {
        assertEquals(failurePattern(42), failurePattern(42));
        assertTrue(failurePattern(42).contains(true) && failurePattern(42).contains(false));
    }

    private static List<Boolean> failurePattern(long seed) {
        FaultInjector faults = new FaultInjector().failRate("*", "OTSPartitionUnavailable", 0.5, seed);
        List<Boolean> pattern = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            pattern.add(faults.decide("GetStreamRecord").error() != null);
        }
        return pattern;
    }

    @Test
    void timeoutOnAReadIsRetriedUntilTheBudgetEnds() {
        createTable("orders", false);
        emulator.faults().failRate("DescribeTable", "OTSTimeout", 1.0, 7);

        TableStoreException e = assertThrows(TableStoreException.class,
                () -> client.describeTable(new DescribeTableRequest("orders")));

        assertEquals("OTSTimeout", e.getErrorCode());
        assertEquals(503, e.getHttpStatus());
        assertTrue(emulator.requestCount("DescribeTable") > 1);
    }

    @Test
    void latencyDelaysTheReply() {
        createTable("orders", false);
        emulator.faults().latency("DescribeTable", Duration.ofMillis(300));
        long start = System.nanoTime();

        client.describeTable(new DescribeTableRequest("orders"));

        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
        emulator.faults().clear();
    }
}
