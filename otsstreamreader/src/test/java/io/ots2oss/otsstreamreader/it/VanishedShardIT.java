package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.DescribeStreamRequest;
import com.alicloud.openservices.tablestore.model.DescribeTableRequest;
import com.alicloud.openservices.tablestore.model.StreamShard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Chained windows whose shard set changed in between: the second window still exports exactly its records. */
class VanishedShardIT extends ReaderITBase {
    private static final long DAY = 24 * 3_600_000L;

    /** Value i goes to row (i % 16) at T + i seconds. */
    private static void write(String table, int from, int to) {
        for (int i = from; i < to; i++) {
            fixture.at(T + i * 1000L);
            fixture.update(table, i % 16, "v", (long) i);
        }
    }

    private static JSONObject rowMode(String table, long start, long end) {
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), start, end);
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"id\"},{\"name\":\"v\"}]"));
        return p;
    }

    private static List<String> expected(int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add("LONG:" + (i % 16) + "|LONG:" + i);
        }
        Collections.sort(rows);
        return rows;
    }

    private static List<String> listedShards(String table) {
        String streamId = fixture.client.describeTable(new DescribeTableRequest(table)).getStreamDetails().getStreamId();
        List<String> ids = new ArrayList<>();
        for (StreamShard shard : fixture.client.describeStream(new DescribeStreamRequest(streamId)).getShards()) {
            ids.add(shard.getShardId());
        }
        return ids;
    }

    @Test
    void parentThatReachedItsEndAndThenExpiredDoesNotBreakTheNextWindow() {
        String table = newTable(2);
        write(table, 0, 10);
        fixture.at(T + 9_500L);
        String parent = fixture.emulator.shardIds(table).get(0);
        fixture.emulator.splitShard(table, parent);
        write(table, 10, 40);
        List<String> rows = new ArrayList<>(jobs.run(rowMode(table, T, T + 20_000L), 2).assertSucceeded().rows());

        // The service clock moves a day on: the parent (closed at T + 9.5 s) leaves DescribeStream,
        // while every record of the second window is still retained.
        fixture.at(T + DAY + 15_000L);
        assertFalse(listedShards(table).contains(parent), "the parent is no longer listed by DescribeStream");
        ReaderJob.Result second = jobs.run(rowMode(table, T + 20_000L, T + MIN), 2).assertSucceeded();
        rows.addAll(second.rows());

        assertEquals(expected(0, 40), WindowIT.sorted(rows));
        assertTrue(second.job.log().contains("Resuming from the 4 checkpoints"), "window 2 resumes from window 1's checkpoints");
        assertFalse(second.job.log().contains("no longer exists"), "a parent that had reached its end is not reported as lost");
    }

    @Test
    void splitAndMergeBetweenChainedWindowsLoseAndDuplicateNothing() {
        String table = newTable(4);
        write(table, 0, 20);
        List<String> rows = new ArrayList<>(jobs.run(rowMode(table, T, T + 20_000L), 2).assertSucceeded().rows());

        // After the first window ran: later changes, then a split of one shard and a merge of two others.
        write(table, 20, 25);
        fixture.at(T + 24_500L);
        List<String> open = fixture.emulator.shardIds(table);
        fixture.emulator.splitShard(table, open.get(0));
        fixture.emulator.mergeShards(table, open.get(2), open.get(3));
        write(table, 25, 40);
        assertEquals(7, listedShards(table).size(), "the four shards of window 1, two split children and one merged child");
        ReaderJob.Result second = jobs.run(rowMode(table, T + 20_000L, T + 30_000L), 3).assertSucceeded();
        assertTrue(second.job.log().contains("Resuming from the 4 checkpoints"), "window 2 resumes from window 1's checkpoints");
        rows.addAll(second.rows());
        rows.addAll(jobs.run(rowMode(table, T + 30_000L, T + MIN), 1).assertSucceeded().rows());

        assertEquals(expected(0, 40), WindowIT.sorted(rows));
    }
}
