package io.ots2oss.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.ots2oss.testkit.TestJobs.channels;
import static io.ots2oss.testkit.TestJobs.events;
import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassIsolationTest {

    private static final String PRIVATE_LIB = "io.ots2oss.testkit.testlibs.PrivateLib";

    @TempDir
    Path dir;

    private List<String> probe(List<String> classes) {
        DataxHome home = TestJobs.homeWithRecordingPlugins(dir);
        Path events = dir.resolve("events.log");
        JobResult result = new JobRunner(home).run(job(
                "recordingreader", Map.of("events", events.toString(), "probeClasses", classes),
                "recordingwriter", Map.of("events", events.toString(), "probeClasses", classes),
                channels(1)), Map.of());
        assertTrue(result.succeeded(), result::toString);
        return events(events);
    }

    @Test
    void aPluginsOwnLibsJarIsVisibleToItButNotToAnotherPlugin() {
        List<String> events = probe(List.of(PRIVATE_LIB));

        assertTrue(events.contains("reader.job probe " + PRIVATE_LIB + " visible"), events::toString);
        assertTrue(events.contains("writer.job probe " + PRIVATE_LIB + " hidden"), events::toString);
    }

    @Test
    void theParentHidesTestLibrariesAndTheTestkitButExposesDataxLib() {
        List<String> events = probe(List.of("org.junit.jupiter.api.Test", "io.ots2oss.testkit.JobRunner",
                "com.alibaba.fastjson2.JSON", "com.alibaba.datax.common.util.Configuration", "org.slf4j.Logger"));

        assertTrue(events.contains("writer.job probe org.junit.jupiter.api.Test hidden"), events::toString);
        assertTrue(events.contains("writer.job probe io.ots2oss.testkit.JobRunner hidden"), events::toString);
        assertTrue(events.contains("writer.job probe com.alibaba.fastjson2.JSON visible"), events::toString);
        assertTrue(events.contains("writer.job probe com.alibaba.datax.common.util.Configuration visible"),
                events::toString);
        assertTrue(events.contains("writer.job probe org.slf4j.Logger visible"), events::toString);
    }

    @Test
    void anotherPluginsClassesStayHiddenEvenThoughTheyAreOnTheTestClassPath() {
        List<String> events = probe(List.of(
                "io.ots2oss.testkit.testplugins.recordingreader.RecordingReader",
                "io.ots2oss.testkit.testplugins.recordingwriter.RecordingWriter"));

        assertTrue(events.contains(
                "writer.job probe io.ots2oss.testkit.testplugins.recordingreader.RecordingReader hidden"),
                events::toString);
        assertTrue(events.contains(
                "reader.job probe io.ots2oss.testkit.testplugins.recordingwriter.RecordingWriter hidden"),
                events::toString);
        assertTrue(events.contains(
                "writer.job probe io.ots2oss.testkit.testplugins.recordingwriter.RecordingWriter visible"),
                events::toString);
    }
}
