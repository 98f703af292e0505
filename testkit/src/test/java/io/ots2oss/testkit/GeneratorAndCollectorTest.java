package io.ots2oss.testkit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.ots2oss.testkit.TestJobs.channels;
import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorAndCollectorTest {

    @TempDir
    Path dir;
    private DataxHome home;
    private Path out;

    @BeforeEach
    void installTestPlugins() {
        home = DataxHome.create(dir.resolve("home"));
        home.installGeneratorReader();
        home.installCollectingWriter();
        out = dir.resolve("out");
    }

    private JobResult run(Map<String, Object> reader, int channels) {
        return new JobRunner(home).run(job("generatorreader", reader, "collectwriter",
                Map.of("path", out.toString()), channels(channels)), Map.of());
    }

    private static Map<String, Object> cell(String type, Object value) {
        Map<String, Object> cell = new java.util.HashMap<>();
        cell.put("type", type);
        cell.put("value", value);
        return cell;
    }

    @Test
    void explicitRowsArriveWithTheirTypesAndNulls() {
        JobResult result = run(Map.of("sliceCount", 1, "rows", List.of(
                List.of(cell("LONG", 1), cell("STRING", "abc"), cell("STRING", null)),
                List.of(cell("DOUBLE", "1.5"), cell("BOOL", true), cell("BYTES", "AAE="), cell("LONG", null)))), 1);

        assertTrue(result.succeeded(), result::toString);
        assertEquals(List.of("LONG:1|STRING:abc|STRING:<null>", "DOUBLE:1.5|BOOL:true|BYTES:AAE=|LONG:<null>"),
                CollectedRecords.readAsStrings(out));
    }

    @Test
    void dateCellsCarryEpochMillis() {
        JobResult result = run(Map.of("sliceCount", 1, "rows", List.of(
                List.of(cell("DATE", "2024-01-02T03:04:05.678Z"), cell("DATE", null)))), 1);

        assertTrue(result.succeeded(), result::toString);
        CollectedRecord record = CollectedRecords.read(out).get(0);
        assertEquals("DATE", record.cell(0).type());
        assertEquals(1704164645678L, record.cell(0).epochMillis());
        assertNull(record.cell(1).text());
    }

    @Test
    void everySliceEmitsAllRowsAndSlicesDefaultToTheAdviceNumber() {
        JobResult result = run(Map.of("rows", List.of(List.of(cell("STRING", "r")))), 3);

        assertTrue(result.succeeded(), result::toString);
        assertEquals(3, result.taskCount());
        assertEquals(Set.of(0, 1, 2), CollectedRecords.byTask(out).keySet());
        assertEquals(3, CollectedRecords.read(out).size());
    }

    @Test
    void generatedSequencesAreUniqueAcrossSlices() {
        JobResult result = run(Map.of("count", 100, "sliceCount", 4, "columns", List.of(
                Map.of("type", "LONG", "generator", "sequence", "start", 1000),
                Map.of("type", "STRING", "generator", "random", "length", 8),
                Map.of("type", "STRING", "value", "const"))), 2);

        assertTrue(result.succeeded(), result::toString);
        List<CollectedRecord> records = CollectedRecords.read(out);
        assertEquals(400, records.size());
        Set<String> sequences = new HashSet<>();
        records.forEach(r -> sequences.add(r.cell(0).text()));
        assertEquals(400, sequences.size());
        assertTrue(sequences.contains("1000") && sequences.contains("1399"));
        assertTrue(records.stream().allMatch(r -> r.cell(1).text().length() == 8 && r.cell(2).text().equals("const")));
    }

    @Test
    void failAfterRecordsFailsTheJob() {
        JobResult result = run(Map.of("count", 50, "sliceCount", 1, "failAfterRecords", 10,
                "columns", List.of(Map.of("type", "LONG", "generator", "sequence"))), 1);

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("failing after 10 records"), result::failureMessage);
    }

    @Test
    void aBadCellTypeIsAConfigErrorNamingWhere() {
        JobResult result = run(Map.of("rows", List.of(List.of(cell("TEXT", "x")))), 1);

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("rows[0][0].type is TEXT"), result::failureMessage);
    }

    @Test
    void collectWriterWithoutPathIsAConfigError() {
        JobResult result = new JobRunner(home).run(job("generatorreader",
                Map.of("rows", List.of(List.of(cell("STRING", "x")))), "collectwriter", Map.of(), channels(1)),
                Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("parameter 'path'"), result::failureMessage);
    }
}
