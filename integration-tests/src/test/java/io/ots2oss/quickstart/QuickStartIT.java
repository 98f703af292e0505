package io.ots2oss.quickstart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertTrue(Files.readString(work.resolve("job.json")).contains("\"sleepInterval\":200"), "the job lowers DataX's 10 s poll");
        assertTrue(output.contains("== bin/ots2oss windows") && output.contains("No gap and no overlap: 2 complete windows"), output);
    }

    @Test
    void runsTheJobThatNamesDatasources() throws Exception {
        String output = runQuickStart(true);

        assertEquals(2, count(output, "SUCCEEDED"), output);
        String job = Files.readString(work.resolve("job-datasource.json"));
        assertTrue(job.contains("\"datasource\""), job);
        assertTrue(output.contains("No gap and no overlap: 2 complete windows"), output);
        assertFalse(job.contains("accessKey"), job);
    }

    @Test
    void withDataxHomeInstallsThePluginsAndRunsEachWindowThroughDataxPy(@TempDir Path dataxHome) throws Exception {
        assumeTrue(onPath("python3") || onPath("python"), "needs python to run a datax.py");
        Files.createDirectories(dataxHome.resolve("bin"));
        Files.createDirectories(dataxHome.resolve("conf"));
        Files.writeString(dataxHome.resolve("conf/core.json"), "{}");
        // A stand-in for DataX's datax.py: records how it was called.
        Files.writeString(dataxHome.resolve("bin/datax.py"), String.join("\n",
                "import os, sys",
                "with open(os.path.join(os.path.dirname(__file__), 'calls.txt'), 'a') as f:",
                "    f.write(repr(sys.argv[1:]) + ' ' + os.environ.get('DATAX_DATASOURCES', '') + '\\n')",
                ""));

        String output = runQuickStart(false, dataxHome.toString());

        List<String> calls = Files.readAllLines(dataxHome.resolve("bin/calls.txt"));
        assertEquals(2, calls.size(), output);
        assertTrue(calls.get(0).matches("\\['-p', '-Dstart_time=\\d+ -Dend_time=\\d+ -Ddate=\\d{12}', '.*job.json'] .*datasources.json"), calls.get(0));
        assertTrue(Files.isRegularFile(dataxHome.resolve("plugin/reader/otsstreamreader/plugin.json")));
        assertTrue(Files.isRegularFile(dataxHome.resolve("plugin/writer/osswriter/plugin.json")));
        assertEquals("{}", Files.readString(dataxHome.resolve("conf/core.json")), "the install's core.json was changed");
    }

    private String runQuickStart(boolean viaDatasource) throws Exception {
        return runQuickStart(viaDatasource, null);
    }

    private String runQuickStart(boolean viaDatasource, String dataxHome) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            boolean ok = new QuickStart(work, viaDatasource, dataxHome, out).run();
            String output = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(ok, output);
            return output;
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
