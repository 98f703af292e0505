package io.ots2oss.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.ots2oss.testkit.TestJobs.channels;
import static io.ots2oss.testkit.TestJobs.events;
import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitTest {

    @TempDir
    Path dir;

    private JobResult run(Map<String, Object> reader, Map<String, Object> writer, Map<String, Object> setting) {
        return new JobRunner(TestJobs.homeWithRecordingPlugins(dir)).run(
                job("recordingreader", reader, "recordingwriter", writer, setting), Map.of());
    }

    @Test
    void writerReturningAnotherTaskCountFailsTheJobNamingBothCounts() {
        Path events = dir.resolve("events.log");
        JobResult result = run(Map.of("events", events.toString(), "slices", 3),
                Map.of("events", events.toString(), "splitCount", 2), channels(3));

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("Framework-15"), result::failureMessage);
        assertTrue(result.failureMessage().contains("split into 3 tasks but writer 'recordingwriter' split into 2"),
                result::failureMessage);
    }

    @Test
    void readerReturningNoTaskFailsTheJob() {
        Path events = dir.resolve("events.log");
        JobResult result = run(Map.of("events", events.toString(), "slices", 0),
                Map.of("events", events.toString()), channels(1));

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("split into 0 tasks"), result::failureMessage);
    }

    @Test
    void theChannelCountIsTheReadersAdviceNumber() {
        Path events = dir.resolve("events.log");
        JobResult result = run(Map.of("events", events.toString()), Map.of("events", events.toString()),
                channels(4));

        assertTrue(result.succeeded(), result::toString);
        assertTrue(events(events).contains("reader.job adviceNumber=4"), () -> events(events).toString());
        assertEquals(4, result.taskCount());
        assertEquals(12, result.readRecords());
        assertEquals(12, result.writeRecords());
    }

    @Test
    void atMostTheChannelCountOfTasksRunAtOnce() {
        Path events = dir.resolve("events.log");
        String counter = "testkit.concurrency." + java.util.UUID.randomUUID();
        JobResult result = run(Map.of("events", events.toString(), "slices", 8, "records", 200,
                "concurrencyCounter", counter), Map.of("events", events.toString()), channels(3));

        assertTrue(result.succeeded(), result::toString);
        assertEquals(8, result.taskCount());
        long peak = ((java.util.concurrent.atomic.AtomicLong) System.getProperties().remove(counter + ".peak")).get();
        System.getProperties().remove(counter + ".running");
        assertTrue(peak >= 1 && peak <= 3, "peak concurrent tasks " + peak);
    }

    @Test
    void byteSpeedDividedByTheChannelSpeedGivesTheAdviceNumberAndWinsOverChannel() {
        Path events = dir.resolve("events.log");
        String job = job("recordingreader", Map.of("events", events.toString()),
                "recordingwriter", Map.of("events", events.toString()),
                Map.of("speed", Map.of("channel", 7, "byte", 3_000_000)),
                Map.of("transport", Map.of("channel", Map.of("speed", Map.of("byte", 1_000_000)))));
        JobResult result = new JobRunner(TestJobs.homeWithRecordingPlugins(dir)).run(job, Map.of());

        assertTrue(result.succeeded(), result::toString);
        assertTrue(events(events).contains("reader.job adviceNumber=3"), () -> events(events).toString());
    }

    @Test
    void aByteSpeedWithoutAPerChannelSpeedIsAConfigError() {
        Path events = dir.resolve("events.log");
        JobResult result = run(Map.of("events", events.toString()), Map.of("events", events.toString()),
                Map.of("speed", Map.of("byte", 1_000_000)));

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("core.transport.channel.speed.byte"), result::failureMessage);
    }

    @Test
    void aJobWithoutSpeedIsAConfigError() {
        Path events = dir.resolve("events.log");
        JobResult result = run(Map.of("events", events.toString()), Map.of("events", events.toString()), Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("job.setting.speed.channel"), result::failureMessage);
        assertEquals(List.of(), events(events).stream().filter(e -> e.contains("split")).toList());
    }
}
