package io.ots2oss.e2e;

import io.ots2oss.testkit.JobResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static io.ots2oss.e2e.PairFixture.assertNoDuplicates;
import static io.ots2oss.e2e.PairFixture.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two chained ten-minute windows against one twenty-minute window, in both modes, through the packaged plugins. The
 * second window sees a shard split and a merge; changes before and after the windows must never be exported.
 */
class ChainedWindowsIT {
    @TempDir
    static Path dir;
    static PairFixture pair;
    static StreamHistory history;
    static Window first;
    static Window second;
    static Window whole;

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 4);
        long base = PairFixture.baseAboutTwoHoursAgo();
        first = new Window(base, base + 10 * MINUTE);
        second = first.next(10 * MINUTE);
        whole = new Window(first.startMillis(), second.endMillis());

        history = pair.newHistory(7);
        history.writeAt(base - 5 * MINUTE, 40);
        history.writeAt(base, 50);
        history.writeAt(base + 3 * MINUTE, 60);
        history.writeAt(base + 10 * MINUTE - 1, 30);
        history.writeAt(base + 10 * MINUTE, 40);
        List<String> shards = pair.emulators.tablestore().shardIds(PairFixture.TABLE);
        history.at(base + 12 * MINUTE, () -> pair.emulators.tablestore().splitShard(PairFixture.TABLE, shards.get(0)));
        history.writeAt(base + 13 * MINUTE, 60);
        history.at(base + 14 * MINUTE, () -> pair.emulators.tablestore().mergeShards(PairFixture.TABLE, shards.get(2), shards.get(3)));
        history.writeAt(base + 16 * MINUTE, 60);
        history.writeAt(base + 20 * MINUTE - 1, 20);
        history.writeAt(base + 20 * MINUTE, 30);
        history.writeAt(base + 25 * MINUTE, 30);
        history.done();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void multiVersionChainedWindowsEqualOneLongWindowRowForRow() {
        PairJob job = pair.job().multiVersionMode().reader("isExportSequenceInfo", true);
        List<String> chained = runChained(job, "mv-chain");
        List<String> long_ = linesOf(job.reader("statusTable", "status_mv_long"), whole, "mv-long");

        assertNoDuplicates(chained);
        assertEquals(history.multiVersionRowsIn(whole), chained.size(), "rows of the chained windows");
        assertEquals(sorted(long_), sorted(chained));
    }

    @Test
    void rowModeChainedWindowsEqualOneLongWindowRowForRow() {
        PairJob job = pair.job().rowMode(OrdersTable.ROW_MODE_COLUMNS).reader("isExportSequenceInfo", true);
        List<String> chained = runChained(job, "row-chain");
        List<String> long_ = linesOf(job.reader("statusTable", "status_row_long"), whole, "row-long");

        assertNoDuplicates(chained);
        assertEquals(history.rowModeRecordsIn(whole), chained.size(), "records of the chained windows");
        assertEquals(sorted(long_), sorted(chained));
    }

    @Test
    void windowWithSplitAndMergeExportsEachChangeOnceWithoutAnEarlierCheckpoint() {
        PairJob job = pair.job().multiVersionMode().reader("isExportSequenceInfo", true).reader("statusTable", "status_split_only");
        List<String> lines = linesOf(job, second, "split-only");

        assertNoDuplicates(lines);
        assertEquals(history.multiVersionRowsIn(second), lines.size());
    }

    @Test
    void eachWindowWritesItsOwnObjectsUnderItsOwnPrefix() {
        PairJob job = pair.job().multiVersionMode().reader("statusTable", "status_objects");
        JobResult firstRun = pair.runOk(job, first.params("objects-1"));
        JobResult secondRun = pair.runOk(job, second.params("objects-2"));

        List<String> firstKeys = pair.bucket.keys(job.objectPrefix("objects-1"));
        List<String> secondKeys = pair.bucket.keys(job.objectPrefix("objects-2"));
        assertFalse(firstKeys.isEmpty(), "the first window wrote no object");
        assertFalse(secondKeys.isEmpty(), "the second window wrote no object");
        assertTrue(firstKeys.size() <= firstRun.taskCount(), firstKeys + " from " + firstRun.taskCount() + " tasks");
        assertTrue(secondKeys.size() <= secondRun.taskCount(), secondKeys + " from " + secondRun.taskCount() + " tasks");
        assertEquals(history.multiVersionRowsIn(first), pair.bucket.lines(job.objectPrefix("objects-1")).size());
        assertEquals(history.multiVersionRowsIn(second), pair.bucket.lines(job.objectPrefix("objects-2")).size());
        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix("objects-")), "multipart uploads left open");
    }

    @Test
    void rerunningAWindowWithTruncateReplacesItsObjects() {
        PairJob job = pair.job().multiVersionMode().reader("isExportSequenceInfo", true).reader("statusTable", "status_rerun");
        List<String> once = linesOf(job, first, "rerun");
        List<String> twice = linesOf(job, first, "rerun");

        assertEquals(sorted(once), sorted(twice));
        assertEquals(history.multiVersionRowsIn(first), twice.size());
    }

    /** Runs both windows with one status table, each under its own {@code ${date}}; returns all lines. */
    private List<String> runChained(PairJob job, String tag) {
        PairJob chained = job.reader("statusTable", "status_" + tag.replace('-', '_'));
        List<String> lines = new ArrayList<>(linesOf(chained, first, tag + "-1"));
        lines.addAll(linesOf(chained, second, tag + "-2"));
        return lines;
    }

    private List<String> linesOf(PairJob job, Window window, String date) {
        pair.runOk(job, window.params(date));
        return pair.bucket.lines(job.objectPrefix(date));
    }
}
