package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.*;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
        String status = storeCheckpointAtOldRecord(table, shard, streamId, start);

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

    /** A complete checkpoint set at {@code start} whose iterator points at the table's oldest record (as an old job would leave it). */
    private static String storeCheckpointAtOldRecord(String table, String shard, String streamId, long start) throws Exception {
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
        return status;
    }

    @Test
    void trimmedCheckpointWithTheWindowStartAlsoTrimmedFailsNamingTheLostRange() throws Exception {
        String table = newTable(1);
        String shard = fixture.emulator.shardIds(table).get(0);
        String streamId = fixture.client.describeTable(new DescribeTableRequest(table)).getStreamDetails().getStreamId();
        long now = System.currentTimeMillis();
        fixture.at(now - 30 * HOUR);
        fixture.update(table, 100, "v", -1L);
        // Just inside the retention when the job starts (start margin relaxed to 0, as upstream allows), but already
        // outside it when the shard is read: its first GetStreamRecord is slowed down by more than that slack.
        long slackMillis = 8_000L;
        long start = System.currentTimeMillis() - 24 * HOUR + slackMillis;
        String status = storeCheckpointAtOldRecord(table, shard, streamId, start);

        // The service has trimmed the checkpoint's record and, by now, the beginning of the window.
        fixture.at(now + 90 * 60_000L);
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), start, start + MIN);
        p.put("statusTable", status);
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"v\"}]"));
        System.setProperty("BEFORE_OFFSET_TIME_MILLIS", "0");
        fixture.emulator.faults().latency("GetStreamRecord", Duration.ofMillis(slackMillis + 1_000L));
        ReaderJob.Result result;
        try {
            result = jobs.run(p, 1);
        } finally {
            fixture.emulator.faults().clear();
            System.clearProperty("BEFORE_OFFSET_TIME_MILLIS");
        }

        assertFalse(result.job.succeeded(), "the job must not hide the gap");
        String message = result.job.failureMessage();
        // On a machine too slow to start the job within the slack, the start check refuses the window first: then
        // this run says nothing about the branch under test.
        assumeFalse(message.contains("start timestamp must be"), "job start-up took longer than the slack: " + message);
        assertTrue(message.contains("Shard " + shard + " cannot resume"), message);
        assertTrue(message.contains("already trimmed"), message);
        assertTrue(message.contains("records from the window start " + start), "names where the lost range begins: " + message);
        assertTrue(message.contains("retention limit of 24 h"), "names where the lost range ends: " + message);
        assertTrue(result.records.isEmpty());
    }
}
