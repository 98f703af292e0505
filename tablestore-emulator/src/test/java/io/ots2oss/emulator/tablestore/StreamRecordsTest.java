package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.DeleteRowRequest;
import com.alicloud.openservices.tablestore.model.DescribeStreamRequest;
import com.alicloud.openservices.tablestore.model.DescribeStreamResponse;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.PutRowRequest;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.RowDeleteChange;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.RowUpdateChange;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import com.alicloud.openservices.tablestore.model.StreamShard;
import com.alicloud.openservices.tablestore.model.UpdateRowRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamRecordsTest extends EmulatorTestSupport {

    private String streamId(String table) {
        return client.listStream(new ListStreamRequest(table)).getStreams().get(0).getStreamId();
    }

    private List<StreamRecord> readAll(String streamId, String shardId) {
        String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId, shardId)).getShardIterator();
        GetStreamRecordResponse response = client.getStreamRecord(new GetStreamRecordRequest(iterator));
        return response.getRecords();
    }

    @Test
    void eachWriteKindBecomesAStreamRecordWithItsColumnOperations() {
        createTable("orders", true);
        emulator.clock().freezeAt(1_700_000_000_000L);
        RowPutChange put = new RowPutChange("orders", key("a", 1));
        put.addColumn("name", ColumnValue.fromString("alice"));
        put.addColumn("qty", ColumnValue.fromLong(3));
        client.putRow(new PutRowRequest(put));
        RowUpdateChange update = new RowUpdateChange("orders", key("a", 1));
        update.put("qty", ColumnValue.fromLong(4));
        update.deleteColumn("name", 1_600_000_000_000L);
        update.deleteColumns("gone");
        client.updateRow(new UpdateRowRequest(update));
        client.deleteRow(new DeleteRowRequest(new RowDeleteChange("orders", key("a", 1))));

        String streamId = streamId("orders");
        String shardId = emulator.shardIds("orders").get(0);
        List<StreamRecord> records = readAll(streamId, shardId);

        assertEquals(3, records.size());
        StreamRecord putRecord = records.get(0);
        assertEquals(StreamRecord.RecordType.PUT, putRecord.getRecordType());
        assertEquals("a", putRecord.getPrimaryKey().getPrimaryKeyColumn("pk").getValue().asString());
        assertEquals(2, putRecord.getColumns().size());
        assertEquals(1_700_000_000_000L, putRecord.getColumns().get(0).getColumn().getTimestamp());
        assertEquals(1_700_000_000_000_000L, putRecord.getSequenceInfo().getTimestamp());

        StreamRecord updateRecord = records.get(1);
        assertEquals(StreamRecord.RecordType.UPDATE, updateRecord.getRecordType());
        assertEquals(RecordColumn.ColumnType.PUT, updateRecord.getColumns().get(0).getColumnType());
        assertEquals(RecordColumn.ColumnType.DELETE_ONE_VERSION, updateRecord.getColumns().get(1).getColumnType());
        assertEquals(RecordColumn.ColumnType.DELETE_ALL_VERSION, updateRecord.getColumns().get(2).getColumnType());
        assertTrue(updateRecord.getSequenceInfo().getTimestamp() > putRecord.getSequenceInfo().getTimestamp());

        StreamRecord deleteRecord = records.get(2);
        assertEquals(StreamRecord.RecordType.DELETE, deleteRecord.getRecordType());
        assertTrue(deleteRecord.getColumns().isEmpty());
    }

    @Test
    void caughtUpOpenShardReturnsEmptyListAndAnIterator() {
        createTable("orders", true);
        String shardId = emulator.shardIds("orders").get(0);
        String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId("orders"), shardId)).getShardIterator();

        GetStreamRecordResponse response = client.getStreamRecord(new GetStreamRecordRequest(iterator));

        assertTrue(response.getRecords().isEmpty());
        assertNotNull(response.getNextShardIterator());
    }

    @Test
    void describeStreamListsShards() {
        emulator.shardCount("orders", 3);
        createTable("orders", true);
        DescribeStreamResponse response = client.describeStream(new DescribeStreamRequest(streamId("orders")));
        assertEquals(3, response.getShards().size());
        for (StreamShard shard : response.getShards()) {
            assertNull(shard.getParentId());
        }
        assertNull(response.getNextShardId());
    }

    @Test
    void incrementAppearsInTheStreamAsAPutOfTheResult() {
        createTable("orders", true);
        RowPutChange put = new RowPutChange("orders", key("a", 1));
        put.addColumn("qty", ColumnValue.fromLong(3));
        client.putRow(new PutRowRequest(put));
        RowUpdateChange increment = new RowUpdateChange("orders", key("a", 1));
        increment.increment(new com.alicloud.openservices.tablestore.model.Column("qty", ColumnValue.fromLong(4)));
        client.updateRow(new UpdateRowRequest(increment));

        StreamRecord record = readAll(streamId("orders"), emulator.shardIds("orders").get(0)).get(1);

        assertEquals(RecordColumn.ColumnType.PUT, record.getColumns().get(0).getColumnType());
        assertEquals(7L, record.getColumns().get(0).getColumn().getValue().asLong());
    }

    @Test
    void streamOnlyTableRecordsChangesButKeepsNoRows() {
        emulator.streamOnly("orders");
        createTable("orders", true);
        RowPutChange put = new RowPutChange("orders", key("a", 1));
        put.addColumn("qty", ColumnValue.fromLong(3));
        client.putRow(new PutRowRequest(put));

        com.alicloud.openservices.tablestore.model.SingleRowQueryCriteria criteria =
                new com.alicloud.openservices.tablestore.model.SingleRowQueryCriteria("orders", key("a", 1));
        criteria.setMaxVersions(1);
        assertNull(client.getRow(new com.alicloud.openservices.tablestore.model.GetRowRequest(criteria)).getRow());
        assertEquals(1, readAll(streamId("orders"), emulator.shardIds("orders").get(0)).size());
    }

    @Test
    void unknownStreamAndShardAreObjectNotExist() {
        createTable("orders", true);
        com.alicloud.openservices.tablestore.TableStoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                com.alicloud.openservices.tablestore.TableStoreException.class,
                () -> client.describeStream(new DescribeStreamRequest("no-such-stream")));
        assertEquals("OTSObjectNotExist", e.getErrorCode());
        e = org.junit.jupiter.api.Assertions.assertThrows(com.alicloud.openservices.tablestore.TableStoreException.class,
                () -> client.getShardIterator(new GetShardIteratorRequest(streamId("orders"), "orders-1-9999")));
        assertEquals("OTSObjectNotExist", e.getErrorCode());
    }
}
