package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** Splits and merges before and during windows: nothing lost, nothing duplicated, parents before children. */
class ShardLineageIT extends ReaderITBase {

    /** Writes value i to row (i % 16) at T + i seconds; splits at 10 s and merges at 20 s. */
    private static String tableWithSplitAndMerge() {
        String table = newTable(2);
        for (int i = 0; i < 30; i++) {
            if (i == 10) {
                fixture.at(T + i * 1000L - 500);
                fixture.emulator.splitShard(table, fixture.emulator.shardIds(table).get(0));
            }
            if (i == 20) {
                fixture.at(T + i * 1000L - 500);
                List<String> open = fixture.emulator.shardIds(table);
                fixture.emulator.mergeShards(table, open.get(1), open.get(2));
            }
            fixture.at(T + i * 1000L);
            fixture.update(table, i % 16, "v", (long) i);
        }
        return table;
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

    @Test
    void splitAndMergeDuringAWindowLoseAndDuplicateNothing() {
        String table = tableWithSplitAndMerge();
        List<String> rows = jobs.run(rowMode(table, T, T + MIN), 4).assertSucceeded().rows();
        assertEquals(expected(0, 30), WindowIT.sorted(rows));
    }

    @Test
    void eachRowsChangesArriveInWriteOrder() {
        String table = tableWithSplitAndMerge();
        List<String> rows = jobs.run(rowMode(table, T, T + MIN), 1).assertSucceeded().rows();
        Map<String, Long> lastById = new HashMap<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            long value = Long.parseLong(cells[1].substring(5));
            Long previous = lastById.put(cells[0], value);
            assertTrue(previous == null || previous < value, "out of order for " + cells[0] + ": " + rows);
        }
    }

    @Test
    void windowsChainedAcrossSplitAndMergeEqualOneWindow() {
        String table = tableWithSplitAndMerge();
        List<String> rows = new ArrayList<>();
        rows.addAll(jobs.run(rowMode(table, T, T + 5_000L), 2).assertSucceeded().rows());
        rows.addAll(jobs.run(rowMode(table, T + 5_000L, T + 15_000L), 3).assertSucceeded().rows());
        rows.addAll(jobs.run(rowMode(table, T + 15_000L, T + 25_000L), 1).assertSucceeded().rows());
        rows.addAll(jobs.run(rowMode(table, T + 25_000L, T + MIN), 2).assertSucceeded().rows());
        assertEquals(expected(0, 30), WindowIT.sorted(rows));
    }

    @Test
    void windowAfterSplitAndMergeStartsCleanlyWithoutCheckpoints() {
        String table = tableWithSplitAndMerge();
        List<String> rows = jobs.run(rowMode(table, T + 12_000L, T + MIN), 3).assertSucceeded().rows();
        assertEquals(expected(12, 30), WindowIT.sorted(rows));
    }
}
