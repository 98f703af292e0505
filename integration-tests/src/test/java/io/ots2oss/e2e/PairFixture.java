package io.ots2oss.e2e;

import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test class's world: both emulators, the order table with its stream, the bucket, and a DataX home holding the
 * packaged plugins from the assembled tree. Runs jobs in process through the testkit.
 */
final class PairFixture implements AutoCloseable {
    static final String TABLE = "orders";
    static final String BUCKET = "exports";
    static final long MINUTE = 60_000L;

    final Emulators emulators;
    final DataxHome home;
    final JobRunner runner;
    final BucketView bucket;

    private PairFixture(Emulators emulators, DataxHome home) {
        this.emulators = emulators;
        this.home = home;
        this.runner = new JobRunner(home);
        this.bucket = emulators.bucket(BUCKET);
    }

    static PairFixture start(Path dir, int shards) {
        Emulators emulators = Emulators.start(shards, BUCKET);
        try {
            return new PairFixture(emulators, PluginInstall.freshHome(dir.resolve("datax-home"), PluginTree.locate()));
        } catch (RuntimeException e) {
            emulators.close();
            throw e;
        }
    }

    /** A ten-minute-aligned start about two hours ago: well inside retention, well before "now minus 5 min". */
    static long baseAboutTwoHoursAgo() {
        long window = 10 * MINUTE;
        return (System.currentTimeMillis() - 120 * MINUTE) / window * window;
    }

    StreamHistory newHistory(long seed) {
        OrdersTable.create(emulators.tablestoreClient(), TABLE);
        return new StreamHistory(emulators.tablestore().clock(), emulators.tablestoreClient(), TABLE, seed);
    }

    PairJob job() {
        return PairJob.standard(emulators, TABLE, BUCKET);
    }

    JobResult run(PairJob job, Map<String, String> params) {
        return runner.run(job.toJson(), params);
    }

    /** Runs and requires success; the message carries the job's log when it fails. */
    JobResult runOk(PairJob job, Map<String, String> params) {
        JobResult result = run(job, params);
        assertTrue(result.succeeded(), () -> "job failed: " + result.failureMessage() + "\n--- job log ---\n" + result.log());
        assertSecretsHidden(result);
        return result;
    }

    static void assertSecretsHidden(JobResult result) {
        assertFalse(result.log().contains(Emulators.ACCESS_KEY), "the access key secret appears in the job log");
        if (result.failureMessage() != null) {
            assertFalse(result.failureMessage().contains(Emulators.ACCESS_KEY), "the access key secret appears in the failure");
        }
    }

    static void assertNoDuplicates(List<String> lines) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String line : lines) {
            if (!seen.add(line)) {
                duplicates.add(line);
            }
        }
        assertEquals(List.of(), duplicates.subList(0, Math.min(5, duplicates.size())), duplicates.size() + " duplicated lines");
    }

    static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }

    /** Lifts every fault injected into either emulator. */
    void clearFaults() {
        emulators.tablestore().faults().clear();
        emulators.oss().faults().clear();
    }

    @Override
    public void close() {
        emulators.close();
    }
}
