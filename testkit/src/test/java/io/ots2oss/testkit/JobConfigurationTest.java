package io.ots2oss.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.ots2oss.testkit.TestJobs.channels;
import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobConfigurationTest {

    @TempDir
    Path dir;

    private DataxHome home() {
        DataxHome home = DataxHome.create(dir.resolve("home"));
        home.installGeneratorReader();
        home.installCollectingWriter();
        return home;
    }

    private String generatorToCollector(Object value, Map<String, Object> writerExtras) {
        Map<String, Object> writer = new java.util.HashMap<>(Map.of("path", dir.resolve("out").toString()));
        writer.putAll(writerExtras);
        return job("generatorreader",
                Map.of("rows", List.of(List.of(Map.of("type", "STRING", "value", value))), "sliceCount", 1),
                "collectwriter", writer, channels(1));
    }

    @Test
    void dashPParametersReplaceVariablesInTheJobText() {
        JobResult result = new JobRunner(home()).run(generatorToCollector("${greeting}-$name", Map.of()),
                Map.of("greeting", "hello", "name", "world"));

        assertTrue(result.succeeded(), result::toString);
        assertEquals(List.of("STRING:hello-world"), CollectedRecords.readAsStrings(dir.resolve("out")));
    }

    @Test
    void aVariableWithoutValueIsLeftAsWritten() {
        JobResult result = new JobRunner(home()).run(generatorToCollector("${undefinedVariable42}", Map.of()),
                Map.of());

        assertTrue(result.succeeded(), result::toString);
        assertEquals(List.of("STRING:${undefinedVariable42}"), CollectedRecords.readAsStrings(dir.resolve("out")));
    }

    @Test
    void runningAJobFileWorksLikeItsText() throws IOException {
        Path jobFile = dir.resolve("job.json");
        Files.writeString(jobFile, generatorToCollector("${v}", Map.of()));

        JobResult result = new JobRunner(home()).run(jobFile, Map.of("v", "from-file"));

        assertTrue(result.succeeded(), result::toString);
        assertEquals(List.of("STRING:from-file"), CollectedRecords.readAsStrings(dir.resolve("out")));
    }

    @Test
    void anUnknownPluginNameFailsNamingIt() {
        String job = job("nosuchreader", Map.of(), "collectwriter", Map.of("path", "x"), channels(1));

        JobResult result = new JobRunner(home()).run(job, Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("no reader plugin named 'nosuchreader'"), result::failureMessage);
    }

    @Test
    void aWriterNameUsedAsReaderIsUnknown() {
        String job = job("collectwriter", Map.of(), "collectwriter", Map.of("path", "x"), channels(1));

        JobResult result = new JobRunner(home()).run(job, Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("no reader plugin named 'collectwriter'"), result::failureMessage);
    }

    @Test
    void aBrokenPluginJsonOfAnotherPluginBreaksTheJob() throws IOException {
        DataxHome home = home();
        Path broken = Files.createDirectories(home.pluginRoot().resolve("writer/brokenwriter"));
        Files.writeString(broken.resolve("plugin.json"), "{ not json");

        JobResult result = new JobRunner(home).run(generatorToCollector("x", Map.of()), Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("brokenwriter"), result::failureMessage);
    }

    @Test
    void aPluginDirectoryWithoutPluginJsonBreaksTheJob() throws IOException {
        DataxHome home = home();
        Files.createDirectories(home.pluginRoot().resolve("reader/emptyreader"));

        JobResult result = new JobRunner(home).run(generatorToCollector("x", Map.of()), Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("emptyreader"), result::failureMessage);
    }

    @Test
    void twoPluginsWithTheWantedNameAreAnError() throws IOException {
        DataxHome home = home();
        Path copy = home.pluginRoot().resolve("writer/collectwriter-copy");
        Files.createDirectories(copy);
        Files.copy(home.pluginDir("writer", "collectwriter").resolve("plugin.json"), copy.resolve("plugin.json"));

        JobResult result = new JobRunner(home).run(generatorToCollector("x", Map.of()), Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("duplicate plugin name 'collectwriter'"), result::failureMessage);
    }

    @Test
    void theJobPrintedAtStartMasksSecrets() {
        JobResult result = new JobRunner(home()).run(generatorToCollector("x", Map.of(
                "accessKey", "AK-SECRET-1", "securityToken", "STS-SECRET-2", "password", "PW-SECRET-3",
                "accessId", "visible-id")), Map.of());

        assertTrue(result.succeeded(), result::toString);
        assertFalse(result.log().contains("AK-SECRET-1"), result::log);
        assertFalse(result.log().contains("STS-SECRET-2"), result::log);
        assertFalse(result.log().contains("PW-SECRET-3"), result::log);
        assertTrue(result.log().contains("visible-id"), result::log);
    }

    @Test
    void invalidJsonIsAConfigError() {
        JobResult result = new JobRunner(home()).run("{\"job\": ", Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("not valid JSON"), result::failureMessage);
    }

    @Test
    void dataxHomeIsSetDuringTheRunAndRestoredAfter() {
        String before = System.getProperty("datax.home");
        DataxHome home = home();

        new JobRunner(home).run(generatorToCollector("x", Map.of()), Map.of());

        assertEquals(before, System.getProperty("datax.home"));
    }
}
