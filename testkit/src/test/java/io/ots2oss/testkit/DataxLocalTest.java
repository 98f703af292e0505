package io.ots2oss.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.ots2oss.testkit.TestJobs.channels;
import static io.ots2oss.testkit.TestJobs.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataxLocalTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DataxLocal.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path jobFile(Object value) throws IOException {
        DataxHome home = DataxHome.create(dir.resolve("home"));
        home.installGeneratorReader();
        home.installCollectingWriter();
        Path job = dir.resolve("job.json");
        Files.writeString(job, job("generatorreader", Map.of("sliceCount", 1,
                        "rows", List.of(List.of(Map.of("type", "STRING", "value", value)))),
                "collectwriter", Map.of("path", dir.resolve("out").toString()), channels(1)));
        return job;
    }

    @Test
    void aSuccessfulJobExitsZeroAndPrintsTheSummary() throws IOException {
        Path job = jobFile("${who}");

        int exit = run("--home", dir.resolve("home").toString(), job.toString(), "-p", "-Dwho=cli");

        assertEquals(0, exit, err::toString);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Records read") && printed.contains("Failed records"), printed);
        assertEquals(List.of("STRING:cli"), CollectedRecords.readAsStrings(dir.resolve("out")));
    }

    @Test
    void aFailedJobExitsOneWithTheCause() throws IOException {
        Path job = jobFile("x");
        Files.writeString(job, Files.readString(job).replace("collectwriter", "missingwriter"));

        int exit = run("--home", dir.resolve("home").toString(), job.toString());

        assertEquals(1, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missingwriter"), err::toString);
    }

    @Test
    void aMalformedDashPIsRejected() throws IOException {
        Path job = jobFile("x");

        assertEquals(1, run("--home", dir.resolve("home").toString(), job.toString(), "-p", "who=cli"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("-Dname=value"), err::toString);
    }
}
