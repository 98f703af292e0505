package io.ots2oss.e2e;

import io.ots2oss.testkit.JobResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wrong job files fail before anything is read or written, with a message that names the cause. */
class BadInputIT {
    @TempDir
    static Path dir;
    static PairFixture pair;
    static Window window;

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 2);
        long base = PairFixture.baseAboutTwoHoursAgo();
        window = new Window(base, base + 10 * MINUTE);
        StreamHistory history = pair.newHistory(3);
        history.writeAt(base + MINUTE, 50);
        history.done();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void wrongKeyTypeNamesTheKeyAndTheValue() {
        JobResult result = failing(pair.job().reader("maxRetries", "thirty"), "wrong-type");

        assertMentions(result, "maxRetries", "thirty");
    }

    @Test
    void unknownWriteModeNamesTheKeyAndTheAcceptedValues() {
        JobResult result = failing(pair.job().writer("writeMode", "overwrite"), "write-mode");

        assertMentions(result, "writeMode", "overwrite", "truncate");
    }

    @Test
    void missingTableNamesTheTable() {
        JobResult result = failing(pair.job().reader("dataTable", "no_such_table"), "missing-table");

        assertMentions(result, "no_such_table");
    }

    @Test
    void wrongTablestoreAccessKeyNamesTheCredentialsWithoutEchoingThem() {
        JobResult result = failing(pair.job().reader("accessKey", "WrongSecretValue123"), "wrong-ots-key");

        assertFalse(result.failureMessage().contains("WrongSecretValue123"), result.failureMessage());
        assertFalse(result.log().contains("WrongSecretValue123"), "the wrong secret appears in the log");
        assertMentions(result, "accessKey");
    }

    @Test
    void wrongOssAccessKeyNamesTheCredentialsWithoutEchoingThem() {
        JobResult result = failing(pair.job().writer("accessKey", "WrongSecretValue456"), "wrong-oss-key");

        assertFalse(result.failureMessage().contains("WrongSecretValue456"), result.failureMessage());
        assertFalse(result.log().contains("WrongSecretValue456"), "the wrong secret appears in the log");
        assertMentions(result, "accessKey");
    }

    /** Runs a job expected to fail; checks nothing was read, nothing written and no upload left open. */
    private JobResult failing(PairJob job, String date) {
        JobResult result = pair.run(job.reader("statusTable", "status_" + date.replace('-', '_')), window.params(date));

        assertFalse(result.succeeded(), "the job should have failed\n" + result.log());
        PairFixture.assertSecretsHidden(result);
        assertEquals(0, result.readRecords(), "records were read before the failure");
        assertEquals(List.of(), pair.bucket.keys(job.objectPrefix(date)), "objects were written");
        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix(date)), "multipart uploads left open");
        return result;
    }

    private static void assertMentions(JobResult result, String... words) {
        String message = result.failureMessage();
        for (String word : words) {
            assertTrue(message.contains(word), () -> "the failure should mention '" + word + "': " + message);
        }
    }
}
