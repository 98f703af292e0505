package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.*;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** A stored checkpoint whose stream data has been trimmed while the window itself is still retained. */
class TrimmedCheckpointIT extends ReaderITBase {
    private static final long HOUR = 3_600_000L;

    @Test
    void trimmedCheckpointFallsBackToTimestampSeekWithAWarning() throws Exception {
        long now = System.currentTimeMillis() / 1000 * 1000;
        long oldRecord = now - 23 * HOUR;
        long start = now - 22 * HOUR;
        String table = newTable(1);
        String shard = fixture.emulator.shardIds(table).get(0);
        String streamId = fixture.client.describeTable(new DescribeTableRequest(table)).getStreamDetails().getStreamId();
        fixture.at(oldRecord);
        fixture.update(table, 100, "v", -1L);
        for (int i = 0; i < 10; i++) {
            fixture.at(start + i * 1000L);
            fixture.update(table, i, "v", (long) i);
        }
        // A complete checkpoint set at `start` whose iterator points at the old record (as an old job would leave it).
        String status = "status_trim_" + table;
        fixture.createTableWithKeys(status, new PrimaryKeySchema("StreamId", PrimaryKeyType.STRING),
                new PrimaryKeySchema("StatusType", PrimaryKeyType.STRING), new PrimaryKeySchema("StatusValue", PrimaryKeyType.STRING));
        String oldIterator = fixture.client.getShardIterator(new GetShardIteratorRequest(streamId, shard)).getShardIterator();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(("[\"" + shard + "\"]").getBytes(StandardCharsets.UTF_8));
        }
        RowPutChange job = new RowPutChange(status, StreamFixture.statusKey(streamId, "DataxJobDesc", String.format("%16d", start)));
        job.addColumn("ShardIds_0", ColumnValue.fromBinary(deflated.toByteArray()));
        job.addColumn("Version", ColumnValue.fromString("v-old"));
        job.addColumn("TableName", ColumnValue.fromString(table));
        job.addColumn("JobStreamId", ColumnValue.fromString(streamId));
        job.addColumn("StartTime", ColumnValue.fromLong(start - HOUR));
        job.addColumn("EndTime", ColumnValue.fromLong(start));
        fixture.client.putRow(new PutRowRequest(job));
        RowPutChange checkpoint = new RowPutChange(status, StreamFixture.statusKey(streamId, "CheckpointForDataxReader", String.format("%16d", start) + "\t" + shard));
        checkpoint.addColumn("Version", ColumnValue.fromString("v-old"));
        checkpoint.addColumn("Checkpoint", ColumnValue.fromString(oldIterator));
        checkpoint.addColumn("SkipCount", ColumnValue.fromLong(0));
        fixture.client.putRow(new PutRowRequest(checkpoint));

        // The service's clock runs ahead, so its 24 h retention has trimmed the old record but not the window.
        fixture.at(now + 90 * 60_000L);
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), start, start + MIN);
        p.put("statusTable", status);
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"v\"}]"));
        ReaderJob.Result result = jobs.run(p, 1).assertSucceeded();

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expected.add("LONG:" + i);
        }
        assertEquals(expected, result.rows());
        assertTrue(result.job.log().contains("points into trimmed stream data"), "a warning names the fallback");
    }
}
