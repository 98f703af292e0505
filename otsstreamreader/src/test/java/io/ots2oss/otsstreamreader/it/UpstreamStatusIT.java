package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.*;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Alternating with upstream's plugin: status rows are written and read here with plain SDK calls exactly as
 * upstream's CheckpointTimeTracker does (space-padded %16d times, tab separators, deflated Gson shard lists).
 */
class UpstreamStatusIT extends ReaderITBase {

    private static String streamId(String table) {
        return fixture.client.describeTable(new DescribeTableRequest(table)).getStreamDetails().getStreamId();
    }

    /** What upstream's RecordProcessor stores: the iterator of the first record at or after {@code millis}. */
    private static String iteratorAt(String streamId, String shardId, long millis) {
        String iterator = fixture.client.getShardIterator(new GetShardIteratorRequest(streamId, shardId)).getShardIterator();
        while (true) {
            GetStreamRecordResponse batch = fixture.client.getStreamRecord(new GetStreamRecordRequest(iterator));
            List<StreamRecord> records = batch.getRecords();
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).getSequenceInfo().getTimestamp() / 1000 >= millis) {
                    if (i == 0) {
                        return iterator;
                    }
                    GetStreamRecordRequest rewind = new GetStreamRecordRequest(iterator);
                    rewind.setLimit(i);
                    return fixture.client.getStreamRecord(rewind).getNextShardIterator();
                }
            }
            if (records.isEmpty() || batch.getNextShardIterator() == null) {
                return batch.getNextShardIterator();
            }
            iterator = batch.getNextShardIterator();
        }
    }

    private static void writeUpstreamWindowEnd(String statusTable, String table, String streamId, long windowEnd, String version,
                                               List<String> shardIds) throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(new com.google.gson.Gson().toJson(shardIds).getBytes(StandardCharsets.UTF_8));
        }
        RowPutChange job = new RowPutChange(statusTable, StreamFixture.statusKey(streamId, "DataxJobDesc", String.format("%16d", windowEnd)));
        job.addColumn("ShardIds_0", ColumnValue.fromBinary(deflated.toByteArray()));
        job.addColumn("Version", ColumnValue.fromString(version));
        job.addColumn("TableName", ColumnValue.fromString(table));
        job.addColumn("JobStreamId", ColumnValue.fromString(streamId));
        job.addColumn("StartTime", ColumnValue.fromLong(windowEnd - MIN));
        job.addColumn("EndTime", ColumnValue.fromLong(windowEnd));
        fixture.client.putRow(new PutRowRequest(job));
        for (String shardId : shardIds) {
            RowPutChange checkpoint = new RowPutChange(statusTable,
                    StreamFixture.statusKey(streamId, "CheckpointForDataxReader", String.format("%16d", windowEnd) + "\t" + shardId));
            checkpoint.addColumn("Version", ColumnValue.fromString(version));
            checkpoint.addColumn("Checkpoint", ColumnValue.fromString(iteratorAt(streamId, shardId, windowEnd)));
            checkpoint.addColumn("SkipCount", ColumnValue.fromLong(0));
            fixture.client.putRow(new PutRowRequest(checkpoint));
        }
    }

    private static void createStatusTable(String name) {
        fixture.createTableWithKeys(name, new PrimaryKeySchema("StreamId", PrimaryKeyType.STRING),
                new PrimaryKeySchema("StatusType", PrimaryKeyType.STRING), new PrimaryKeySchema("StatusValue", PrimaryKeyType.STRING));
    }

    private static String tableWithRecords(int count) {
        String table = newTable(2);
        for (int i = 0; i < count; i++) {
            fixture.at(T + i * 1000L);
            fixture.update(table, i, "v", (long) i);
        }
        return table;
    }

    private static JSONObject rowMode(String table, String statusTable, long start, long end) {
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), start, end);
        p.put("statusTable", statusTable);
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"v\"}]"));
        return p;
    }

    @Test
    void windowResumesFromCheckpointsUpstreamWrote() throws Exception {
        String table = tableWithRecords(30);
        String status = "status_up_" + table;
        createStatusTable(status);
        String streamId = streamId(table);
        writeUpstreamWindowEnd(status, table, streamId, T + 10_000L, "1700000000000-upstream", fixture.emulator.shardIds(table));
        long seeks = fixture.emulator.requestCount("GetShardIterator");

        List<String> rows = jobs.run(rowMode(table, status, T + 10_000L, T + 20_000L), 2).assertSucceeded().rows();

        List<String> expected = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            expected.add("LONG:" + i);
        }
        assertEquals(WindowIT.sorted(expected), WindowIT.sorted(rows));
        assertEquals(seeks, fixture.emulator.requestCount("GetShardIterator"), "resumed from upstream checkpoints, no seek");
    }

    @Test
    void rowsWeWriteAreWhatUpstreamReadsBack() throws Exception {
        String table = tableWithRecords(30);
        String status = "status_ours_" + table;
        long end = T + 20_000L;
        jobs.run(rowMode(table, status, T, end), 2).assertSucceeded();
        String streamId = streamId(table);

        Row job = fixture.client.getRow(new GetRowRequest(criteria(status, StreamFixture.statusKey(streamId, "DataxJobDesc", String.format("%16d", end))))).getRow();
        assertNotNull(job, "DataxJobDesc row keyed by the space-padded end time");
        String version = job.getLatestColumn("Version").getValue().asString();
        assertEquals(table, job.getLatestColumn("TableName").getValue().asString());
        assertEquals(streamId, job.getLatestColumn("JobStreamId").getValue().asString());
        assertEquals(T, job.getLatestColumn("StartTime").getValue().asLong());
        assertEquals(end, job.getLatestColumn("EndTime").getValue().asLong());
        byte[] compressed = job.getLatestColumn("ShardIds_0").getValue().asBinary();
        String json = new String(new InflaterInputStream(new java.io.ByteArrayInputStream(compressed)).readAllBytes(), StandardCharsets.UTF_8);
        List<String> shardIds = new com.google.gson.Gson().fromJson(json, new com.google.gson.reflect.TypeToken<List<String>>() { }.getType());
        assertEquals(new TreeSet<>(fixture.emulator.shardIds(table)), new TreeSet<>(shardIds));

        for (String shardId : shardIds) {
            Row row = fixture.client.getRow(new GetRowRequest(criteria(status,
                    StreamFixture.statusKey(streamId, "CheckpointForDataxReader", String.format("%16d", end) + "\t" + shardId)))).getRow();
            assertNotNull(row, "checkpoint of shard " + shardId);
            assertEquals(version, row.getLatestColumn("Version").getValue().asString());
            assertEquals(0L, row.getLatestColumn("SkipCount").getValue().asLong());
            String iterator = row.getLatestColumn("Checkpoint").getValue().asString();
            // Upstream resumes with GetStreamRecord(iterator): the first record must be the shard's first at/after end.
            List<StreamRecord> next = fixture.client.getStreamRecord(new GetStreamRecordRequest(iterator)).getRecords();
            if (!next.isEmpty()) {
                assertTrue(next.get(0).getSequenceInfo().getTimestamp() / 1000 >= end, "checkpoint points before the window end");
            }
            assertEquals(iteratorAt(streamId, shardId, end), iterator);
        }
    }

    @Test
    void upstreamOursUpstreamAlternationHasNoGapAndNoDuplicate() throws Exception {
        String table = tableWithRecords(40);
        String status = "status_alt_" + table;
        createStatusTable(status);
        String streamId = streamId(table);
        // Window 1 by "upstream": its checkpoints for T+10s.
        writeUpstreamWindowEnd(status, table, streamId, T + 10_000L, "1-upstream", fixture.emulator.shardIds(table));
        // Window 2 by us.
        List<String> ours = jobs.run(rowMode(table, status, T + 10_000L, T + 25_000L), 2).assertSucceeded().rows();
        // Window 3 by "upstream": resume from our checkpoints at T+25s and read to T+40s.
        List<String> upstream = new ArrayList<>();
        for (String shardId : fixture.emulator.shardIds(table)) {
            Row row = fixture.client.getRow(new GetRowRequest(criteria(status,
                    StreamFixture.statusKey(streamId, "CheckpointForDataxReader", String.format("%16d", T + 25_000L) + "\t" + shardId)))).getRow();
            String iterator = row.getLatestColumn("Checkpoint").getValue().asString();
            while (iterator != null) {
                GetStreamRecordResponse batch = fixture.client.getStreamRecord(new GetStreamRecordRequest(iterator));
                if (batch.getRecords().isEmpty()) {
                    break;
                }
                for (StreamRecord r : batch.getRecords()) {
                    upstream.add("LONG:" + r.getColumns().get(0).getColumn().getValue().asLong());
                }
                iterator = batch.getNextShardIterator();
            }
        }
        List<String> all = new ArrayList<>(ours);
        all.addAll(upstream);
        List<String> expected = new ArrayList<>();
        for (int i = 10; i < 40; i++) {
            expected.add("LONG:" + i);
        }
        assertEquals(WindowIT.sorted(expected), WindowIT.sorted(all));
    }

    private static SingleRowQueryCriteria criteria(String table, PrimaryKey key) {
        SingleRowQueryCriteria c = new SingleRowQueryCriteria(table, key);
        c.setMaxVersions(1);
        return c;
    }
}
