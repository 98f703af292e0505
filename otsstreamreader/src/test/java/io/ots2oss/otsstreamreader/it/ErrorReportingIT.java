package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import io.ots2oss.testkit.WrongEndpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Failures a user can act on, and secrets that never leak into logs or messages. */
class ErrorReportingIT extends ReaderITBase {

    @AfterEach
    void clearFaults() {
        fixture.emulator.faults().clear();
    }

    private static ReaderJob.Result failing(JSONObject p, String... fragments) {
        ReaderJob.Result result = jobs.run(p, 1);
        assertFalse(result.job.succeeded(), "job should fail");
        String message = result.job.failureMessage();
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "'" + message + "' lacks '" + fragment + "'");
        }
        assertFalse(result.job.log().contains(StreamFixture.ACCESS_KEY), "the accessKey leaked into the log");
        assertFalse(message.contains(StreamFixture.ACCESS_KEY), "the accessKey leaked into the failure");
        return result;
    }

    private static JSONObject params(String table) {
        return ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + MIN);
    }

    @Test
    void missingDataTableIsNamed() {
        failing(params("no_such_table"), "no_such_table", "not exist");
    }

    @Test
    void tableWithoutStreamIsRejected() {
        fixture.createTableWithoutStream("nostream");
        failing(params("nostream"), "stream of data table is not enabled", "nostream");
    }

    @Test
    void statusTableWithAnotherSchemaIsRejected() {
        String table = newTable(1);
        fixture.createTableWithKeys("bad_status", new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        JSONObject p = params(table);
        p.put("statusTable", "bad_status");
        failing(p, "Unexpected table meta in status table", "bad_status");
    }

    @Test
    void noPermissionToCreateTheStatusTableIsExplained() {
        String table = newTable(1);
        fixture.emulator.faults().failNext("CreateTable", "OTSNoPermissionAccess", 1);
        JSONObject p = params(table);
        p.put("statusTable", "status_denied");
        failing(p, "Cannot create status table 'status_denied'", "CreateTable");
    }

    @Test
    void unreachableEndpointFailsWithinSecondsNamingIt() {
        String endpoint = "http://127.0.0.1:" + WrongEndpoints.closedPort();
        JSONObject p = params(newTable(1));
        p.put("endpoint", endpoint);
        p.put("maxRetries", 30);
        long started = System.nanoTime();
        failing(p, "'endpoint'", endpoint, "Connection refused");
        // 30 retries of a refused connection take over three minutes even with the tests' 5 ms base pause.
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertTrue(seconds < 30, "failed only after " + seconds + " s");
    }

    @Test
    void endpointThatAnswersButIsNotTablestoreFailsWithinSecondsNamingIt() {
        try (WrongEndpoints.ForbiddenPage page = WrongEndpoints.forbiddenPage()) {
            String endpoint = page.endpoint();
            JSONObject p = params(newTable(1));
            p.put("endpoint", endpoint);
            p.put("maxRetries", 30);
            long started = System.nanoTime();
            failing(p, "'endpoint'", endpoint, "not Tablestore");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertTrue(seconds < 30, "failed only after " + seconds + " s");
        }
    }

    @Test
    void wrongCredentialsAreExplainedWithoutShowingThem() {
        String table = newTable(1);
        JSONObject p = params(table);
        p.put("accessKey", "Wrong-Secret-Value-123");
        ReaderJob.Result result = failing(p, "authentication failed", "accessId");
        assertFalse(result.job.log().contains("Wrong-Secret-Value-123"));
        assertFalse(result.job.failureMessage().contains("Wrong-Secret-Value-123"));
    }

    @Test
    void badKeyValueIsNamedThroughTheEngine() {
        String table = newTable(1);
        JSONObject p = params(table);
        p.put("mode", "latest_only");
        failing(p, "'mode'", "latest_only");
    }

    @Test
    void windowEndingLessThanFiveMinutesAgoIsRejected() {
        String table = newTable(1);
        long now = System.currentTimeMillis();
        failing(ReaderJob.window(ReaderJob.parameters(fixture, table), now - 10 * MIN, now - 2 * MIN), "end timestamp");
    }

    @Test
    void windowStartingOutsideTheRetentionIsRejected() {
        String table = newTable(1);
        long now = System.currentTimeMillis();
        failing(ReaderJob.window(ReaderJob.parameters(fixture, table), now - 25 * 60 * MIN, now - 60 * MIN),
                "start timestamp", "24 hours");
    }

    @Test
    void secretsNeverAppearInTheLogOfASuccessfulJob() {
        String table = newTable(2);
        fixture.at(T + 1000);
        fixture.update(table, 1, "v", 1L);
        ReaderJob.Result result = jobs.run(params(table), 2).assertSucceeded();
        assertEquals(1, result.rows().size());
        assertFalse(result.job.log().contains(StreamFixture.ACCESS_KEY));
    }
}
