package io.ots2oss.e2e;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.testkit.JobResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static io.ots2oss.e2e.PairFixture.assertNoDuplicates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job stopped in the middle of a window, then run again for the same window: the final objects hold each change of
 * the window exactly once and no multipart upload stays open.
 */
class InterruptedJobIT {
    /** Parts of 1 MB and a few MB per window, so every run is in the middle of a multipart upload for a while. */
    private static final int CHANGES = 8000;
    private static final Duration SLOW_PART = Duration.ofMillis(1500);

    @TempDir
    static Path dir;
    static PairFixture pair;
    static StreamHistory history;
    static Window window;

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 4);
        long base = PairFixture.baseAboutTwoHoursAgo();
        window = new Window(base, base + 10 * MINUTE);
        history = pair.newHistory(5);
        for (int i = 0; i < 4; i++) {
            history.writeAt(base + (1 + 2 * i) * MINUTE, CHANGES / 4);
        }
        history.done();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @AfterEach
    void clearFaults() {
        pair.emulators.oss().faults().clear();
    }

    @Test
    void processKilledMidWindowThenRerunWithTruncateHoldsEachChangeOnce() throws Exception {
        PairJob job = bigPartsJob("status_killed");
        stopMidUpload(job, "killed", Process::destroyForcibly);

        pair.runOk(job, window.params("killed"));

        List<String> lines = pair.bucket.lines(job.objectPrefix("killed"));
        assertNoDuplicates(lines);
        assertEquals(history.multiVersionRowsIn(window), lines.size());
    }

    @Test
    void processStoppedMidWindowAbortsItsUploadAndRerunWithTruncateHoldsEachChangeOnce() throws Exception {
        PairJob job = bigPartsJob("status_terminated");
        stopMidUpload(job, "terminated", Process::destroy);
        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix("terminated")), "the stopped process left an upload open");

        pair.runOk(job, window.params("terminated"));

        List<String> lines = pair.bucket.lines(job.objectPrefix("terminated"));
        assertNoDuplicates(lines);
        assertEquals(history.multiVersionRowsIn(window), lines.size());
        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix("terminated")), "multipart uploads left open");
    }

    /** A process killed with -9 cannot abort its own upload; the rerun's truncate aborts it. */
    @Test
    void rerunWithTruncateAbortsTheUploadAKilledProcessLeftOpen() throws Exception {
        PairJob job = bigPartsJob("status_stopped");
        stopMidUpload(job, "stopped", Process::destroyForcibly);
        assertTrue(!pair.bucket.openUploads(job.objectPrefix("stopped")).isEmpty(), "the killed run left no upload open");

        pair.runOk(job, window.params("stopped"));

        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix("stopped")), "multipart uploads left open");
        List<String> lines = pair.bucket.lines(job.objectPrefix("stopped"));
        assertNoDuplicates(lines);
        assertEquals(history.multiVersionRowsIn(window), lines.size());
    }

    @Test
    void taskThreadsInterruptedMidWindowThenRerunWithObjectNameTemplateHoldsEachChangeOnce() throws Exception {
        PairJob job = bigPartsJob("status_interrupted")
                .writer("writeMode", "append")
                .writer("objectNameTemplate", "${object}/part-${taskId}${ext}");
        long partsBefore = pair.emulators.oss().requestCount(Operation.UPLOAD_PART);
        pair.emulators.oss().faults().latency(Operation.UPLOAD_PART, SLOW_PART);

        CompletableFuture<JobResult> interrupted = CompletableFuture.supplyAsync(() -> pair.run(job, window.params("interrupted")));
        boolean uploading = Await.until(() -> pair.emulators.oss().requestCount(Operation.UPLOAD_PART) > partsBefore, Duration.ofSeconds(90));
        int stopped = interruptTaskThreads();
        JobResult first = interrupted.get(120, TimeUnit.SECONDS);
        assertTrue(uploading && stopped > 0, "the job was not interrupted mid-window:\n" + first.log());
        clearFaults();

        pair.runOk(job, window.params("interrupted"));

        List<String> lines = pair.bucket.lines(job.objectPrefix("interrupted"));
        assertNoDuplicates(lines);
        assertEquals(history.multiVersionRowsIn(window), lines.size());
        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix("interrupted")), "multipart uploads left open");
    }

    /** Starts the job in its own JVM and stops it ({@code destroy}: SIGTERM, {@code destroyForcibly}: SIGKILL) as soon as it is uploading a part. */
    private static void stopMidUpload(PairJob job, String date, Consumer<Process> stop) throws Exception {
        Path jobFile = Files.writeString(dir.resolve(date + "-job.json"), job.toJson());
        long partsBefore = pair.emulators.oss().requestCount(Operation.UPLOAD_PART);
        pair.emulators.oss().faults().latency(Operation.UPLOAD_PART, SLOW_PART);
        try {
            Process datax = startDataxProcess(jobFile, date);
            boolean uploading = Await.until(() -> pair.emulators.oss().requestCount(Operation.UPLOAD_PART) > partsBefore, Duration.ofSeconds(90));
            stop.accept(datax);
            assertTrue(datax.waitFor(30, TimeUnit.SECONDS), "the DataX process did not stop");
            assertTrue(uploading, "the job never started a part upload; its output:\n" + Files.readString(dir.resolve(date + ".out")));
        } finally {
            pair.emulators.oss().faults().clear();
        }
    }

    /** One task (one channel) writing multi-version rows with sequence info in 1 MB parts. */
    private static PairJob bigPartsJob(String statusTable) {
        return pair.job().multiVersionMode()
                .channels(1)
                .reader("isExportSequenceInfo", true)
                .reader("statusTable", statusTable)
                .writer("blockSizeInMB", 1);
    }

    /** DataX names task threads {@code <job>-<group>-<task>-reader|writer}. */
    private static int interruptTaskThreads() {
        int count = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().matches("\\d+-\\d+-\\d+-(reader|writer)")) {
                thread.interrupt();
                count++;
            }
        }
        return count;
    }

    /** {@code datax-local} in its own JVM, as datax.py starts DataX, with this test's class path. */
    private static Process startDataxProcess(Path jobFile, String date) throws IOException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.ots2oss.testkit.DataxLocal", "--home", pair.home.root().toString(), jobFile.toString(),
                "-p", Window.dataxPyArgument(window.params(date))));
        Path output = dir.resolve(date + ".out");
        Files.writeString(output, "", StandardCharsets.UTF_8);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }
}
