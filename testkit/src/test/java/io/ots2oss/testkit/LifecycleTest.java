package io.ots2oss.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.ots2oss.testkit.TestJobs.channels;
import static io.ots2oss.testkit.TestJobs.events;
import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    @TempDir
    Path dir;

    private List<String> runAndCollectEvents(Map<String, Object> extraReader, Map<String, Object> extraWriter,
                                             boolean expectSuccess) {
        DataxHome home = TestJobs.homeWithRecordingPlugins(dir);
        Path events = dir.resolve("events.log");
        Map<String, Object> reader = new java.util.HashMap<>(Map.of("events", events.toString(), "role", "reader"));
        reader.putAll(extraReader);
        Map<String, Object> writer = new java.util.HashMap<>(Map.of("events", events.toString(), "role", "writer"));
        writer.putAll(extraWriter);
        JobResult result = new JobRunner(home).run(
                job("recordingreader", reader, "recordingwriter", writer, channels(1)), Map.of());
        assertEquals(expectSuccess, result.succeeded(), result::toString);
        return events(events);
    }

    private static List<String> jobEvents(List<String> events) {
        return events.stream().filter(e -> e.contains(".job.") && e.contains("tccl="))
                .map(e -> e.substring(0, e.indexOf(' '))).collect(Collectors.toList());
    }

    private static List<String> taskEvents(List<String> events, String side) {
        return events.stream().filter(e -> e.startsWith(side + ".task."))
                .map(e -> e.substring(0, e.indexOf(' '))).collect(Collectors.toList());
    }

    @Test
    void jobMethodsRunInDataxOrder() {
        List<String> events = runAndCollectEvents(Map.of("slices", 1), Map.of(), true);

        assertEquals(List.of("reader.job.init", "writer.job.init", "reader.job.prepare", "writer.job.prepare",
                "reader.job.split", "writer.job.split", "writer.job.post", "reader.job.post",
                "writer.job.destroy", "reader.job.destroy"), jobEvents(events));
    }

    @Test
    void taskMethodsRunInDataxOrderBetweenSplitAndPost() {
        List<String> events = runAndCollectEvents(Map.of("slices", 1), Map.of(), true);

        assertEquals(List.of("reader.task.init", "reader.task.prepare", "reader.task.startRead", "reader.task.post",
                "reader.task.destroy"), taskEvents(events, "reader"));
        assertEquals(List.of("writer.task.init", "writer.task.prepare", "writer.task.startWrite", "writer.task.post",
                "writer.task.destroy"), taskEvents(events, "writer"));
        int split = indexOf(events, "writer.job.split");
        int post = indexOf(events, "writer.job.post");
        assertTrue(events.subList(split, post).stream().filter(e -> e.contains(".task.") && e.contains("tccl="))
                .count() == 10, events::toString);
    }

    @Test
    void everyPluginCallRunsWithThePluginsClassLoaderAsContextClassLoaderExceptJobDestroy() {
        List<String> events = runAndCollectEvents(Map.of("slices", 2), Map.of(), true);

        List<String> foreign = events.stream().filter(e -> e.endsWith("tccl=other")).collect(Collectors.toList());
        assertEquals(List.of("writer.job.destroy tccl=other", "reader.job.destroy tccl=other"), foreign);
    }

    @Test
    void jobPluginsSeeTheirPeersConfigurationAndTheWriterTheReadersName() {
        List<String> events = runAndCollectEvents(Map.of("slices", 1), Map.of(), true);

        assertTrue(events.contains("reader.job peerRole=writer"), events::toString);
        assertTrue(events.contains("writer.job peerPluginName=recordingreader"), events::toString);
    }

    @Test
    void aFailingTaskSkipsPostButStillDestroysEverything() {
        List<String> events = runAndCollectEvents(Map.of("slices", 1, "failIn", "reader.task.startRead"),
                Map.of(), false);

        List<String> jobEvents = jobEvents(events);
        assertFalse(jobEvents.contains("writer.job.post"), jobEvents::toString);
        assertFalse(jobEvents.contains("reader.job.post"), jobEvents::toString);
        assertEquals(List.of("writer.job.destroy", "reader.job.destroy"),
                jobEvents.subList(jobEvents.size() - 2, jobEvents.size()));
        assertTrue(taskEvents(events, "reader").contains("reader.task.destroy"), events::toString);
        assertTrue(taskEvents(events, "writer").contains("writer.task.destroy"), events::toString);
        assertFalse(taskEvents(events, "writer").contains("writer.task.post"), events::toString);
    }

    @Test
    void aFailingWriterTaskFailsTheJobWithItsCause() {
        DataxHome home = TestJobs.homeWithRecordingPlugins(dir);
        Path events = dir.resolve("events.log");
        JobResult result = new JobRunner(home).run(job(
                "recordingreader", Map.of("events", events.toString(), "records", 10_000),
                "recordingwriter", Map.of("events", events.toString(), "failIn", "writer.task.startWrite"),
                channels(2)), Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("failing in writer.task.startWrite as configured"),
                result::failureMessage);
    }

    @Test
    void aFailingJobInitDestroysOnlyTheJobsWhoseInitReturned() {
        List<String> events = runAndCollectEvents(Map.of(), Map.of("failIn", "writer.job.init"), false);

        assertEquals(List.of("reader.job.init", "writer.job.init", "reader.job.destroy"), jobEvents(events));
    }

    private static int indexOf(List<String> events, String prefix) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix + " ")) {
                return i;
            }
        }
        throw new AssertionError(prefix + " not in " + events);
    }
}
