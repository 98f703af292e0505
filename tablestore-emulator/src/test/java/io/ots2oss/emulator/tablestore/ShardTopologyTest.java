package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.DescribeStreamRequest;
import com.alicloud.openservices.tablestore.model.DescribeStreamResponse;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.PutRowRequest;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.StreamShard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTopologyTest extends EmulatorTestSupport {

    private String streamId() {
        return client.listStream(new ListStreamRequest("orders")).getStreams().get(0).getStreamId();
    }

    private void write(int from, int to) {
        for (int i = from; i < to; i++) {
            RowPutChange put = new RowPutChange("orders", key("k" + i, i));
            put.addColumn("v", ColumnValue.fromLong(i));
            client.putRow(new PutRowRequest(put));
        }
    }

    private Map<String, StreamShard> describe() {
        DescribeStreamResponse response = client.describeStream(new DescribeStreamRequest(streamId()));
        return response.getShards().stream().collect(Collectors.toMap(StreamShard::getShardId, Function.identity()));
    }

    /** Reads a shard from its oldest record; returns the records and whether the reply ended the shard. */
    private ShardRead readShard(String shardId) {
        String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId(), shardId)).getShardIterator();
        List<Long> values = new ArrayList<>();
        while (true) {
            GetStreamRecordResponse response = client.getStreamRecord(new GetStreamRecordRequest(iterator));
            response.getRecords().forEach(r -> values.add(r.getColumns().get(0).getColumn().getValue().asLong()));
            if (response.getNextShardIterator() == null) {
                return new ShardRead(values, true);
            }
            if (response.getRecords().isEmpty()) {
                return new ShardRead(values, false);
            }
            iterator = response.getNextShardIterator();
        }
    }

    private record ShardRead(List<Long> values, boolean ended) {
    }

    @Test
    void splitClosesParentAndLaterWritesGoToChildren() {
        createTable("orders", true);
        String parent = emulator.shardIds("orders").get(0);
        write(0, 20);

        List<String> children = emulator.splitShard("orders", parent);
        write(20, 60);

        Map<String, StreamShard> shards = describe();
        assertEquals(3, shards.size());
        for (String child : children) {
            assertEquals(parent, shards.get(child).getParentId());
            assertNull(shards.get(child).getParentSiblingId());
        }
        ShardRead parentRead = readShard(parent);
        assertTrue(parentRead.ended(), "a closed shard ends with no next iterator");
        assertEquals(20, parentRead.values().size());
        ShardRead left = readShard(children.get(0));
        ShardRead right = readShard(children.get(1));
        assertEquals(40, left.values().size() + right.values().size());
        assertTrue(!left.ended() && !right.ended(), "open shards never end");
        assertTrue(!left.values().isEmpty() && !right.values().isEmpty(), "hash routing spreads rows over both children");
        assertEquals(children, emulator.shardIds("orders"));
    }

    @Test
    void mergeClosesBothParentsAndNamesParentSibling() {
        emulator.shardCount("orders", 2);
        createTable("orders", true);
        List<String> parents = emulator.shardIds("orders");
        write(0, 30);

        String child = emulator.mergeShards("orders", parents.get(0), parents.get(1));
        write(30, 40);

        StreamShard merged = describe().get(child);
        assertNotNull(merged);
        assertEquals(parents.get(0), merged.getParentId());
        assertEquals(parents.get(1), merged.getParentSiblingId());
        ShardRead a = readShard(parents.get(0));
        ShardRead b = readShard(parents.get(1));
        assertTrue(a.ended() && b.ended());
        assertEquals(30, a.values().size() + b.values().size());
        assertEquals(List.of(30L, 31L, 32L, 33L, 34L, 35L, 36L, 37L, 38L, 39L), readShard(child).values());
    }

    @Test
    void describeStreamPagesWithNextShardId() {
        emulator.shardCount("orders", 5);
        createTable("orders", true);
        List<String> seen = new ArrayList<>();
        String start = null;
        do {
            DescribeStreamRequest request = new DescribeStreamRequest(streamId());
            request.setShardLimit(2);
            if (start != null) {
                request.setInclusiveStartShardId(start);
            }
            DescribeStreamResponse response = client.describeStream(request);
            response.getShards().forEach(s -> seen.add(s.getShardId()));
            start = response.getNextShardId();
        } while (start != null);
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());
    }
}
