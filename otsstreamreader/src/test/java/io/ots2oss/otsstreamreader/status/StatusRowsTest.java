package io.ots2oss.otsstreamreader.status;

import com.alicloud.openservices.tablestore.model.*;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class StatusRowsTest {

    @Test
    void timesArePaddedWithSpacesToSixteenCharactersLikeUpstream() {
        assertEquals("   1700000000000", StatusSchema.paddedTime(1_700_000_000_000L));
        assertEquals(16, StatusSchema.paddedTime(1L).length());
    }

    @Test
    void checkpointKeyIsTimeTabShard() {
        PrimaryKey key = new StatusKeys("stream-1").checkpoint(1_700_000_000_000L, "shard-a");
        assertEquals("stream-1", key.getPrimaryKeyColumn("StreamId").getValue().asString());
        assertEquals("CheckpointForDataxReader", key.getPrimaryKeyColumn("StatusType").getValue().asString());
        assertEquals("   1700000000000\tshard-a", key.getPrimaryKeyColumn("StatusValue").getValue().asString());
    }

    @Test
    void jobDescKeyIsTheTimeAlone() {
        PrimaryKey key = new StatusKeys("s").jobDesc(42L);
        assertEquals("DataxJobDesc", key.getPrimaryKeyColumn("StatusType").getValue().asString());
        assertEquals("              42", key.getPrimaryKeyColumn("StatusValue").getValue().asString());
    }

    @Test
    void shardTimeCheckpointKeyIsShardTabTime() {
        PrimaryKey key = new StatusKeys("s").shardTimeCheckpoint("shard-a", 42L);
        assertEquals("ShardTimeCheckpointForDataxReader", key.getPrimaryKeyColumn("StatusType").getValue().asString());
        assertEquals("shard-a\t              42", key.getPrimaryKeyColumn("StatusValue").getValue().asString());
    }

    @Test
    void checkpointRowHasUpstreamColumns() {
        RowPutChange change = StatusRows.checkpointRow("t", new StatusKeys("s").checkpoint(1, "a"),
                new ShardCheckpoint("a", "v1", "iter", 0, 7));
        Map<String, ColumnValue> cells = cells(change);
        assertEquals("v1", cells.get("Version").asString());
        assertEquals("iter", cells.get("Checkpoint").asString());
        assertEquals(0L, cells.get("SkipCount").asLong());
        assertEquals(7L, cells.get("SendRecordCount").asLong());
    }

    @Test
    void checkpointOfOldRowWithoutVersionHasEmptyVersion() {
        Row row = new Row(new StatusKeys("s").checkpoint(1, "a"),
                Collections.singletonList(new Column("Checkpoint", ColumnValue.fromString("SHARD_END"), 1)));
        ShardCheckpoint checkpoint = StatusRows.checkpointOf("a", row);
        assertEquals("", checkpoint.version());
        assertTrue(checkpoint.isShardEnd());
    }

    @Test
    void jobDescRoundTrips() {
        StreamJobDesc job = new StreamJobDesc("orders", "stream-1", "123-uuid", new HashSet<>(Arrays.asList("b", "a")), 10, 20);
        RowPutChange change = StatusRows.jobDescRow("t", new StatusKeys("stream-1").jobDesc(20), job);
        List<Column> columns = new ArrayList<>();
        for (Column c : change.getColumnsToPut()) {
            columns.add(new Column(c.getName(), c.getValue(), 1));
        }
        StreamJobDesc back = StatusRows.jobDescOf(new Row(change.getPrimaryKey(), columns));
        assertEquals("orders", back.tableName());
        assertEquals("stream-1", back.streamId());
        assertEquals("123-uuid", back.version());
        assertEquals(new TreeSet<>(Arrays.asList("a", "b")), back.shardIds());
        assertEquals(10, back.startMillis());
        assertEquals(20, back.endMillis());
        Map<String, ColumnValue> cells = cells(change);
        assertTrue(cells.containsKey("ShardIds_0"));
        assertTrue(cells.containsKey("JobStreamId"));
        assertTrue(cells.containsKey("TableName"));
        assertTrue(cells.containsKey("StartTime"));
        assertTrue(cells.containsKey("EndTime"));
    }

    @Test
    void shardListDecodesUpstreamsZlibDeflatedGsonJson() throws Exception {
        // Upstream: Gson list JSON, UTF-8, java.util.zip.Deflater defaults (zlib wrapper).
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write("[\"shard\\u003d1\",\"shard-2\"]".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Arrays.asList("shard=1", "shard-2"), ShardIdListCodec.decode(Collections.singletonList(bytes.toByteArray())));
    }

    @Test
    void longShardListsAreCutInto64KiBCells() {
        List<String> ids = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 8000; i++) {
            ids.add(UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt(), (byte) i, (byte) (i >> 8)}).toString());
        }
        List<byte[]> cells = ShardIdListCodec.encode(ids);
        assertTrue(cells.size() > 1);
        for (byte[] cell : cells) {
            assertTrue(cell.length <= 64 * 1024);
        }
        assertEquals(ids, ShardIdListCodec.decode(cells));
    }

    private static Map<String, ColumnValue> cells(RowPutChange change) {
        Map<String, ColumnValue> cells = new HashMap<>();
        for (Column c : change.getColumnsToPut()) {
            cells.put(c.getName(), c.getValue());
        }
        return cells;
    }
}
