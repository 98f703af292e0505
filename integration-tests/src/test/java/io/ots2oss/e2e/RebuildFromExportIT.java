package io.ots2oss.e2e;

import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.testkit.JobResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that row mode with change fields can rebuild a table: a long random history of puts, partial updates,
 * column deletions (one version, all versions) and row deletes over four shards, one of which splits and two of which
 * merge, is exported over three chained windows with faults on both services; the objects of all windows, read back
 * from the bucket and applied in order to an empty table, equal the source table read with GetRange, cell for cell.
 */
class RebuildFromExportIT {
    private static final int WINDOWS = 3;
    private static final long WINDOW = 10 * MINUTE;

    @TempDir
    static Path dir;
    static PairFixture pair;
    static StreamHistory history;
    static List<Window> windows = new ArrayList<>();

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 4);
        LedgerTable.create(pair.emulators.tablestoreClient());
        long base = PairFixture.baseAboutTwoHoursAgo();
        windows.add(new Window(base, base + WINDOW));
        while (windows.size() < WINDOWS) {
            windows.add(windows.get(windows.size() - 1).next(WINDOW));
        }
        history = new StreamHistory(pair.emulators.tablestore().clock(), pair.emulators.tablestoreClient(), new LedgerChanges(16));
        List<String> shards = pair.emulators.tablestore().shardIds(LedgerTable.NAME);
        for (int minute = 0; minute < WINDOWS * 10; minute++) {
            long at = base + minute * MINUTE;
            history.writeAt(at, 30);
            if (minute == 12) {
                history.at(at + 30_000, () -> pair.emulators.tablestore().splitShard(LedgerTable.NAME, shards.get(0)));
            } else if (minute == 24) {
                history.at(at + 30_000, () -> pair.emulators.tablestore().mergeShards(LedgerTable.NAME, shards.get(2), shards.get(3)));
            }
            if (minute % 10 == 9) {
                history.writeAt(at + MINUTE - 1, 10);
            }
        }
        history.done();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @AfterEach
    void clearFaults() {
        pair.clearFaults();
    }

    @Test
    void csvObjectsOfAllWindowsRebuildTheTable() {
        PairJob job = exportJob("csv");
        assertRebuilds(job, "csv", prefix -> ExportFiles.csv(pair.bucket, prefix));
        StoredObject sample = pair.bucket.objects(job.objectPrefix("csv-1")).get(0);
        System.out.println(sample.key() + ":\n  " + String.join("\n  ", sample.firstLines(4)));
    }

    @Test
    void parquetObjectsOfAllWindowsRebuildTheTable() {
        PairJob job = exportJob("parquet").writer("fileFormat", "parquet").writer("column", parquetColumns());
        assertRebuilds(job, "parquet", prefix -> ExportFiles.parquet(pair.bucket, prefix, dir));
    }

    private static PairJob exportJob(String tag) {
        return PairJob.standard(pair.emulators, LedgerTable.NAME, PairFixture.BUCKET)
                .rowMode(LedgerTable.EXPORT_COLUMNS)
                .reader("exportDeletes", true)
                .reader("statusTable", "status_rebuild_" + tag);
    }

    /** The Parquet schema: the export's columns in order, change fields under plain names. */
    private static JSONArray parquetColumns() {
        JSONArray columns = new JSONArray();
        for (String name : LedgerTable.EXPORT_COLUMNS) {
            JSONObject column = new JSONObject();
            column.put("name", name.replace("@", ""));
            column.put("type", LedgerTable.typeOf(name).name().toLowerCase());
            columns.add(column);
        }
        return columns;
    }

    private void assertRebuilds(PairJob job, String tag, Function<String, List<ExportedChange>> readBack) {
        ReplayedTable replay = new ReplayedTable();
        int keysAcrossShards = 0;
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            String date = tag + "-" + i;
            injectFaults(31L * i + tag.length());
            long started = System.nanoTime();
            JobResult result = pair.runOk(job, window.params(date));
            long jobMillis = (System.nanoTime() - started) / 1_000_000;
            pair.clearFaults();
            assertEquals(0, result.dirtyRecords());

            List<ExportedChange> lines = new ArrayList<>(readBack.apply(job.objectPrefix(date)));
            assertEquals(history.changesIn(window), lines.size(), "every change of window " + window + " is a line");
            for (ExportedChange line : lines) {
                assertTrue(line.timeMillis() >= window.startMillis() && line.timeMillis() < window.endMillis(), line.toString());
            }
            int moved = keysReadFromSeveralShards(lines);
            keysAcrossShards += moved;
            System.out.printf("%s window %d %s: %d changes -> %d lines in %d objects, %d keys read from two shards, job %d ms%n",
                    tag, i + 1, window, history.changesIn(window), lines.size(), pair.bucket.keys(job.objectPrefix(date)).size(),
                    moved, jobMillis);
            lines.sort(Comparator.comparing(ExportedChange::sequence));
            lines.forEach(replay::apply);
        }
        assertTrue(keysAcrossShards > 0, "no key's changes moved between shards inside a window");
        Map<Object, Map<String, Object>> source = TableContents.read(pair.emulators.tablestoreClient(), LedgerTable.NAME);
        assertTrue(source.size() > 20, "too few rows survive to make the comparison meaningful: " + source.size());
        assertEquals(source, replay.rows());
        System.out.printf("%s: %d rows rebuilt from %d windows equal GetRange cell for cell%n", tag, source.size(), windows.size());
    }

    /** Keys whose changes in one window came from two shards: a split or merge moved them mid-window. */
    private static int keysReadFromSeveralShards(List<ExportedChange> lines) {
        Map<Object, Set<String>> shards = new HashMap<>();
        for (ExportedChange line : lines) {
            shards.computeIfAbsent(line.key(), k -> new HashSet<>()).add(line.shard());
        }
        return (int) shards.values().stream().filter(s -> s.size() > 1).count();
    }

    private static void injectFaults(long seed) {
        pair.emulators.tablestore().faults()
                .failRate("*", "OTSServerBusy", 0.05, seed)
                .failRate("*", "OTSPartitionUnavailable", 0.03, seed + 1)
                .dropConnectionNext("GetStreamRecord", 1);
        pair.emulators.oss().faults()
                .failRate(Operation.ANY, 503, 0.10, seed + 2)
                .resetConnectionNext(Operation.ANY, 1);
    }
}
