package io.ots2oss.quickstart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick start's whole flow, as bin/quickstart runs it, with the job files it leaves for the user. */
class QuickStartIT {
    @TempDir
    Path work;

    @Test
    void runsBothWindowsAndPrintsTheObjectsWritten() throws Exception {
        String output = runQuickStart(false);

        assertEquals(2, count(output, "SUCCEEDED"), output);
        assertTrue(output.contains("demo-instance/orders/"), output);
        assertFalse(output.contains("FAILED"), output);
        assertTrue(Files.readString(work.resolve("job.json")).contains("${start_time}"));
    }

    @Test
    void runsTheJobThatNamesDatasources() throws Exception {
        String output = runQuickStart(true);

        assertEquals(2, count(output, "SUCCEEDED"), output);
        String job = Files.readString(work.resolve("job-datasource.json"));
        assertTrue(job.contains("\"datasource\""), job);
        assertFalse(job.contains("accessKey"), job);
    }

    private String runQuickStart(boolean viaDatasource) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            boolean ok = new QuickStart(work, viaDatasource, null, out).run();
            String output = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(ok, output);
            return output;
        }
    }

    private static int count(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
