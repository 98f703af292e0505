package io.ots2oss.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorLimitTest {

    @TempDir
    Path dir;

    private JobResult runWithDirtyRow(Map<String, Object> errorLimit) {
        DataxHome home = DataxHome.create(dir.resolve("home"));
        home.installGeneratorReader();
        home.installCollectingWriter();
        List<List<Map<String, Object>>> rows = List.of(
                List.of(Map.of("type", "STRING", "value", "ok")),
                List.of(Map.of("type", "STRING", "value", "bad")),
                List.of(Map.of("type", "STRING", "value", "ok")),
                List.of(Map.of("type", "STRING", "value", "ok")));
        Map<String, Object> setting = Map.of("speed", Map.of("channel", 1), "errorLimit", errorLimit);
        return new JobRunner(home).run(job(
                "generatorreader", Map.of("rows", rows, "sliceCount", 1),
                "collectwriter", Map.of("path", dir.resolve("out").toString(), "dirtyWhen", "bad"),
                setting), Map.of());
    }

    @Test
    void recordLimitZeroFailsTheJobOnOneDirtyRecord() {
        JobResult result = runWithDirtyRow(Map.of("record", 0));

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("Framework-14"), result::failureMessage);
        assertEquals(1, result.dirtyRecords());
    }

    @Test
    void recordLimitEqualToTheDirtyCountPasses() {
        JobResult result = runWithDirtyRow(Map.of("record", 1));

        assertTrue(result.succeeded(), result::toString);
        assertEquals(4, result.readRecords());
        assertEquals(3, result.writeRecords());
        assertEquals(1, result.dirtyRecords());
        assertEquals(List.of("STRING:ok", "STRING:ok", "STRING:ok"), CollectedRecords.readAsStrings(dir.resolve("out")));
    }

    @Test
    void percentageLimitFailsWhenTheDirtyShareIsAbove() {
        JobResult result = runWithDirtyRow(Map.of("percentage", 0.2));

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("errorLimit.percentage"), result::failureMessage);
    }

    @Test
    void percentageLimitPassesWhenTheDirtyShareIsAtIt() {
        assertTrue(runWithDirtyRow(Map.of("percentage", 0.25)).succeeded());
    }

    @Test
    void recordLimitWinsOverPercentage() {
        assertTrue(runWithDirtyRow(Map.of("record", 1, "percentage", 0.0)).succeeded());
    }

    @Test
    void withoutAnErrorLimitDirtyRecordsDoNotFailTheJob() {
        JobResult result = runWithDirtyRow(Map.of());

        assertTrue(result.succeeded(), result::toString);
        assertEquals(1, result.dirtyRecords());
    }

    @Test
    void aNegativeRecordLimitIsAConfigErrorNamingTheKey() {
        JobResult result = runWithDirtyRow(Map.of("record", -1));

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("job.setting.errorLimit.record is -1"), result::failureMessage);
    }

    @Test
    void aRecordLargerThanTheChannelByteCapacityIsDirtyAndNotWritten() {
        DataxHome home = DataxHome.create(dir.resolve("home"));
        home.installGeneratorReader();
        home.installCollectingWriter();
        List<List<Map<String, Object>>> rows = List.of(
                List.of(Map.of("type", "STRING", "value", "small")),
                List.of(Map.of("type", "STRING", "value", "y".repeat(4000))));
        JobResult result = new JobRunner(home).run(job(
                "generatorreader", Map.of("rows", rows, "sliceCount", 1),
                "collectwriter", Map.of("path", dir.resolve("out").toString()),
                TestJobs.channels(1),
                Map.of("transport", Map.of("channel", Map.of("byteCapacity", 1024)))), Map.of());

        assertTrue(result.succeeded(), result::toString);
        assertEquals(1, result.dirtyRecords());
        assertEquals(2, result.readRecords());
        assertEquals(List.of("STRING:small"), CollectedRecords.readAsStrings(dir.resolve("out")));
    }
}
