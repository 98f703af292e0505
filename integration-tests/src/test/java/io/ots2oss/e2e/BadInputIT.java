package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.GetRangeRequest;
import com.alicloud.openservices.tablestore.model.GetRangeResponse;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RangeRowQueryCriteria;
import com.alicloud.openservices.tablestore.model.Row;
import io.ots2oss.testkit.JobResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
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

    @Test
    void overlongObjectFailsAtStartWithAShortMessage() {
        JobResult result = failing(pair.job().writer("object", "x".repeat(2000)), "long-object");

        assertMentions(result, "'object'", "1023");
        assertTrue(result.failureMessage().length() < 1000, "a " + result.failureMessage().length() + "-character message");
    }

    @Test
    void objectWhoseUuidNamesWouldBeTooLongFailsAtStart() {
        JobResult result = failing(pair.job().writer("object", "x".repeat(1000)), "long-names");

        assertMentions(result, "'object'", "1023");
        assertTrue(result.failureMessage().length() < 1000, "a " + result.failureMessage().length() + "-character message");
    }

    @Test
    void writerConfigurationErrorCreatesNoStatusTable() {
        failing(pair.job().writer("fieldDelimiter", ""), "bad-delimiter");
        // failing() checks that the status table was not created
    }

    @Test
    void writerConfigurationErrorLeavesTheRowsOfACompletedWindowAlone() {
        PairJob job = pair.job().reader("statusTable", "status_completed");
        pair.runOk(job, window.params("completed"));
        List<String> before = statusRows("status_completed");
        assertFalse(before.isEmpty(), "the successful run stored no checkpoints");

        JobResult result = pair.run(job.writer("writeMode", "overwrite"), window.params("completed"));

        assertFalse(result.succeeded(), "the job should have failed\n" + result.log());
        assertEquals(before, statusRows("status_completed"), "the failed re-run changed the status table");
    }

    /** Runs a job expected to fail; checks nothing was read, nothing written and no upload left open. */
    private JobResult failing(PairJob job, String date) {
        String statusTable = "status_" + date.replace('-', '_');
        JobResult result = pair.run(job.reader("statusTable", statusTable), window.params(date));

        assertFalse(result.succeeded(), "the job should have failed\n" + result.log());
        PairFixture.assertSecretsHidden(result);
        assertEquals(0, result.readRecords(), "records were read before the failure");
        assertEquals(List.of(), pair.bucket.keys(job.objectPrefix(date)), "objects were written");
        assertEquals(List.of(), pair.bucket.openUploads(job.objectPrefix(date)), "multipart uploads left open");
        assertFalse(pair.emulators.tablestoreClient().listTable().getTableNames().contains(statusTable),
                "the status table was created by a job that failed at start");
        return result;
    }

    /** Every row of a status table, as text (the emulator's clock keeps the timestamps of untouched cells). */
    private static List<String> statusRows(String table) {
        SyncClient client = pair.emulators.tablestoreClient();
        RangeRowQueryCriteria criteria = new RangeRowQueryCriteria(table);
        criteria.setExclusiveEndPrimaryKey(bound(PrimaryKeyValue.INF_MAX));
        criteria.setMaxVersions(1);
        List<String> rows = new ArrayList<>();
        PrimaryKey next = bound(PrimaryKeyValue.INF_MIN);
        while (next != null) {
            criteria.setInclusiveStartPrimaryKey(next);
            GetRangeResponse response = client.getRange(new GetRangeRequest(criteria));
            for (Row row : response.getRows()) {
                rows.add(row.toString());
            }
            next = response.getNextStartPrimaryKey();
        }
        return rows;
    }

    private static PrimaryKey bound(PrimaryKeyValue value) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("StreamId", value)
                .addPrimaryKeyColumn("StatusType", value).addPrimaryKeyColumn("StatusValue", value).build();
    }

    private static void assertMentions(JobResult result, String... words) {
        String message = result.failureMessage();
        for (String word : words) {
            assertTrue(message.contains(word), () -> "the failure should mention '" + word + "': " + message);
        }
    }
}
