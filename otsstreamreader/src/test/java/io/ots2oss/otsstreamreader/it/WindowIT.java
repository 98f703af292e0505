package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** Window semantics on stream time: [start, end), chaining through the status table. */
class WindowIT extends ReaderITBase {

    private static JSONObject windowed(String table, long start, long end) {
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), start, end);
        p.put("isExportSequenceInfo", true);
        return p;
    }

    @Test
    void recordAtExactlyStartIsExportedAndRecordAtExactlyEndIsNot() {
        String table = newTable(1);
        long start = T + MIN;
        long end = T + 2 * MIN;
        fixture.at(start - 1);
        fixture.put(table, 1, "c", "before");
        fixture.at(start);
        fixture.put(table, 2, "c", "at-start");
        fixture.at(end - 1);
        fixture.put(table, 3, "c", "last");
        fixture.at(end);
        fixture.put(table, 4, "c", "at-end");
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), start, end);
        p.put("mode", "single_version_and_update_only");
        p.put("column", com.alibaba.fastjson2.JSON.parseArray("[{\"name\":\"c\"}]"));
        assertEquals(Arrays.asList("STRING:at-start", "STRING:last"), jobs.run(p, 1).assertSucceeded().rows());
    }

    @Test
    void threeChainedWindowsEqualOneLongWindowWithoutDuplicates() {
        String table = newTable(3);
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            fixture.at(T + i * 1000L);
            fixture.update(table, random.nextInt(50), "v", (long) i);
        }
        long a = T;
        long b = T + 100_000L;
        long c = T + 170_500L;
        long d = T + 301_000L;
        List<String> chained = new ArrayList<>();
        chained.addAll(jobs.run(windowed(table, a, b), 2).assertSucceeded().rows());
        chained.addAll(jobs.run(windowed(table, b, c), 3).assertSucceeded().rows());
        chained.addAll(jobs.run(windowed(table, c, d), 1).assertSucceeded().rows());

        JSONObject whole = windowed(table, a, d);
        whole.put("statusTable", "status_whole_" + table);
        List<String> once = jobs.run(whole, 2).assertSucceeded().rows();

        assertEquals(300, once.size());
        assertEquals(new HashSet<>(once).size(), once.size(), "duplicates in the long window");
        assertEquals(new HashSet<>(chained).size(), chained.size(), "duplicates across chained windows");
        assertEquals(sorted(once), sorted(chained));
    }

    @Test
    void chainedWindowResumesFromCheckpointsWithoutSeeking() {
        String table = newTable(2);
        for (int i = 0; i < 20; i++) {
            fixture.at(T + i * 1000L);
            fixture.update(table, i, "v", (long) i);
        }
        jobs.run(windowed(table, T, T + 10_000L), 1).assertSucceeded();
        long seeksBefore = fixture.emulator.requestCount("GetShardIterator");
        List<String> second = jobs.run(windowed(table, T + 10_000L, T + 60_000L), 1).assertSucceeded().rows();
        assertEquals(10, second.size());
        assertEquals(seeksBefore, fixture.emulator.requestCount("GetShardIterator"), "resumed shards must not seek");
    }

    @Test
    void windowWithoutCompleteCheckpointStillExportsExactlyItsRecords() {
        String table = newTable(2);
        for (int i = 0; i < 40; i++) {
            fixture.at(T + i * 30_000L);
            fixture.update(table, i, "v", (long) i);
        }
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T + 5 * MIN, T + 10 * MIN);
        p.put("mode", "single_version_and_update_only");
        p.put("column", com.alibaba.fastjson2.JSON.parseArray("[{\"name\":\"v\"}]"));
        List<String> rows = sorted(jobs.run(p, 2).assertSucceeded().rows());
        List<String> expected = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            expected.add("LONG:" + i);
        }
        assertEquals(sorted(expected), rows);
    }

    @Test
    void rerunningTheSameWindowGivesTheSameOutput() {
        String table = newTable(2);
        for (int i = 0; i < 10; i++) {
            fixture.at(T + i * 1000L);
            fixture.update(table, i, "v", (long) i);
        }
        List<String> first = jobs.run(windowed(table, T, T + MIN), 2).assertSucceeded().rows();
        List<String> again = jobs.run(windowed(table, T, T + MIN), 2).assertSucceeded().rows();
        assertEquals(sorted(first), sorted(again));
        assertEquals(10, first.size());
    }

    @Test
    void longWindowsLogProgressPeriodically() {
        String table = newTable(2);
        for (int i = 0; i < 200; i++) {
            fixture.at(T + i * 10L);
            fixture.update(table, i, "v", (long) i);
        }
        System.setProperty("otsstreamreader.progressIntervalMillis", "1");
        try {
            ReaderJob.Result result = jobs.run(windowed(table, T, T + MIN), 1).assertSucceeded();
            assertEquals(200, result.rows().size());
            assertTrue(result.job.log().contains("Progress of window"), "progress lines");
        } finally {
            System.clearProperty("otsstreamreader.progressIntervalMillis");
        }
    }

    static List<String> sorted(Collection<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        Collections.sort(copy);
        return copy;
    }
}
