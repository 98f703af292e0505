package io.ots2oss.e2e;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.testkit.JobResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static io.ots2oss.e2e.PairFixture.assertNoDuplicates;
import static io.ots2oss.e2e.PairFixture.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transient failures on both services at once must change nothing in the output. */
class FaultToleranceIT {
    private static final String GET_STREAM_RECORD = "GetStreamRecord";

    @TempDir
    static Path dir;
    static PairFixture pair;
    static StreamHistory history;
    static Window window;

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 4);
        long base = PairFixture.baseAboutTwoHoursAgo();
        window = new Window(base, base + 20 * MINUTE);
        history = pair.newHistory(11);
        for (int minute = 1; minute < 20; minute += 3) {
            history.writeAt(base + minute * MINUTE, 80);
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
    void busyServicesAndDroppedConnectionsLeaveTheOutputUnchanged() {
        PairJob job = pair.job().multiVersionMode().reader("isExportSequenceInfo", true);
        Calls beforeClean = Calls.now();
        List<String> clean = linesOf(job.reader("statusTable", "status_clean"), "clean");
        Calls cleanRun = Calls.now().minus(beforeClean);
        Operation dataUpload = pair.emulators.oss().requestCount(Operation.PUT_OBJECT) > 0 ? Operation.PUT_OBJECT : Operation.UPLOAD_PART;
        Calls beforeFaulty = Calls.now();

        pair.emulators.tablestore().faults()
                .failRate("*", "OTSServerBusy", 0.05, 1)
                .failRate("*", "OTSPartitionUnavailable", 0.05, 2)
                .dropConnectionNext(GET_STREAM_RECORD, 1);
        pair.emulators.oss().faults()
                .failRate(Operation.ANY, 503, 0.10, 3)
                .resetConnectionNext(dataUpload, 1);
        List<String> faulty = linesOf(job.reader("statusTable", "status_faulty"), "faulty");
        Calls faultyRun = Calls.now().minus(beforeFaulty);

        assertTrue(faultyRun.streamReads() > cleanRun.streamReads(), "no GetStreamRecord was retried: " + faultyRun + " vs " + cleanRun);
        assertTrue(faultyRun.ossRequests() > cleanRun.ossRequests(), "no OSS request was retried: " + faultyRun + " vs " + cleanRun);
        assertNoDuplicates(faulty);
        assertEquals(history.multiVersionRowsIn(window), clean.size());
        assertEquals(sorted(clean), sorted(faulty));
        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix("faulty")), "multipart uploads left open");
    }

    @Test
    void rowModeSurvivesTheSameFaults() {
        PairJob job = pair.job().rowMode(OrdersTable.ROW_MODE_COLUMNS);
        List<String> clean = linesOf(job.reader("statusTable", "status_row_clean"), "row-clean");

        pair.emulators.tablestore().faults()
                .failRate("*", "OTSServerBusy", 0.05, 4)
                .failRate("*", "OTSPartitionUnavailable", 0.05, 5)
                .dropConnectionNext(GET_STREAM_RECORD, 1);
        pair.emulators.oss().faults().failRate(Operation.ANY, 503, 0.10, 6).resetConnectionNext(Operation.ANY, 1);
        List<String> faulty = linesOf(job.reader("statusTable", "status_row_faulty"), "row-faulty");

        assertEquals(history.rowModeRecordsIn(window), clean.size());
        assertEquals(sorted(clean), sorted(faulty));
    }

    /** Requests the emulators received so far: retries show as extra calls. */
    private record Calls(long streamReads, long ossRequests) {
        static Calls now() {
            return new Calls(pair.emulators.tablestore().requestCount(GET_STREAM_RECORD), pair.emulators.oss().requestCount(Operation.ANY));
        }

        Calls minus(Calls earlier) {
            return new Calls(streamReads - earlier.streamReads, ossRequests - earlier.ossRequests);
        }
    }

    /** Runs the window, then lifts every fault so the bucket is read back undisturbed. */
    private List<String> linesOf(PairJob job, String date) {
        JobResult result = pair.runOk(job, window.params(date));
        clearFaults();
        assertEquals(0, result.dirtyRecords());
        return pair.bucket.lines(job.objectPrefix(date));
    }
}
