package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.WrongEndpoints;

/** Mistakes that no retry can fix fail when the job starts, within seconds, naming the job key and its value. */
class StartupChecksIT extends WriterJobTestBase {
    /** Generous against a loaded CI machine; the unfixed writer took 12 s, its reader counterpart minutes. */
    private static final long FEW_SECONDS = 8;

    private JobResult failsQuickly(JSONObject writer, String... fragments) {
        long started = System.nanoTime();
        JobResult result = fixture.run(WriterJobFixture.generated(10, 1, "v"), writer, 1);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertFalse(result.succeeded(), "the job should have failed");
        for (String fragment : fragments) {
            assertTrue(result.failureMessage().contains(fragment),
                    () -> "'" + result.failureMessage() + "' lacks '" + fragment + "'");
        }
        assertFalse(result.failureMessage().contains(WriterJobFixture.ACCESS_KEY), "the secret leaked");
        assertTrue(seconds < FEW_SECONDS, "failed only after " + seconds + " s");
        return result;
    }

    @Test
    void endpointOnAClosedPortNamesTheEndpoint() {
        String endpoint = "http://127.0.0.1:" + WrongEndpoints.closedPort();
        JSONObject writer = fixture.writer();
        writer.put("endpoint", endpoint);
        failsQuickly(writer, "'endpoint'", endpoint, "refused");
    }

    @Test
    void proxyOnAClosedPortNamesTheProxy() {
        int port = WrongEndpoints.closedPort();
        JSONObject writer = fixture.writer();
        writer.put("proxyHost", "127.0.0.1");
        writer.put("proxyPort", port);
        failsQuickly(writer, "'proxyHost'", "127.0.0.1", String.valueOf(port));
    }

    @Test
    void endpointThatIsNotOssNamesTheEndpoint() {
        try (WrongEndpoints.ForbiddenPage page = WrongEndpoints.forbiddenPage()) {
            String endpoint = page.endpoint();
            JSONObject writer = fixture.writer();
            writer.put("endpoint", endpoint);
            failsQuickly(writer, "'endpoint'", endpoint, "not as OSS");
        }
    }

    @Test
    void endpointWithoutHostIsRejectedNamingIt() {
        JSONObject writer = fixture.writer();
        writer.put("endpoint", "http://");
        JobResult result = failsQuickly(writer, "'endpoint'", "[http://]");
        assertFalse(result.failureMessage().contains("URISyntaxException"), result.failureMessage());
    }

    @Test
    void unknownAccessKeyIdNamesIt() {
        JSONObject writer = fixture.writer();
        writer.put("accessId", "no-such-id");
        failsQuickly(writer, "'accessId'", "no-such-id");
    }

    @Test
    void wrongSecretNamesTheKeyWithoutShowingIt() {
        JSONObject writer = fixture.writer();
        writer.put("accessKey", "Wrong-Secret-789");
        JobResult result = failsQuickly(writer, "'accessKey'");
        assertFalse(result.failureMessage().contains("Wrong-Secret-789"), result.failureMessage());
        assertFalse(result.log().contains("Wrong-Secret-789"), "the wrong secret appears in the log");
    }

    @Test
    void missingBucketNamesIt() {
        JSONObject writer = fixture.writer();
        writer.put("bucket", "no-such-bucket");
        failsQuickly(writer, "'bucket'", "no-such-bucket");
    }
}
