package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.testkit.JobResult;

/** STS credentials, the datasource catalog, and secrets kept out of logs and errors. */
class SecretsIT extends WriterJobTestBase {
    @Override
    boolean usesStsCredentials() {
        return true;
    }

    private static void assertNoSecret(String text) {
        assertFalse(text.contains(WriterJobFixture.ACCESS_KEY), "the access key secret leaked");
        assertFalse(text.contains(WriterJobFixture.TOKEN), "the security token leaked");
    }

    @Test
    void stsTokenIsSentAndNeverLogged() {
        JSONObject writer = fixture.writer();
        writer.put("securityToken", WriterJobFixture.TOKEN);
        JobResult result = fixture.run(WriterJobFixture.generated(10, 2, "v"), writer, 2);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(2, fixture.keys("out/").size());
        assertNoSecret(result.log());
    }

    @Test
    void missingTokenFailsWithoutLeakingTheKey() {
        JobResult result = fixture.run(WriterJobFixture.generated(10, 1, "v"), fixture.writer(), 1);
        assertFalse(result.succeeded());
        assertNoSecret(result.log());
        assertNoSecret(result.failureMessage());
    }

    @Test
    void datasourceResolvesFromTheLocalCatalog() throws Exception {
        Files.createDirectories(fixture.home().confDir());
        Files.write(fixture.home().confDir().resolve("datasources.json"), ("{\"my_oss\":{\"endpoint\":\"" + fixture.oss().endpoint()
                + "\",\"accessId\":\"" + WriterJobFixture.ACCESS_ID + "\",\"accessKey\":\"" + WriterJobFixture.ACCESS_KEY
                + "\",\"securityToken\":\"" + WriterJobFixture.TOKEN + "\",\"bucket\":\"" + WriterJobFixture.BUCKET + "\"}}")
                .getBytes(StandardCharsets.UTF_8));
        JSONObject writer = new JSONObject();
        writer.put("datasource", "my_oss");
        writer.put("object", "ds/data");
        writer.put("writeMode", "truncate");
        JobResult result = fixture.run(WriterJobFixture.generated(3, 1, "v"), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(1, fixture.keys("ds/").size());
        assertNoSecret(result.log());
    }

    @Test
    void unknownDatasourceIsNamed() {
        JSONObject writer = new JSONObject();
        writer.put("datasource", "nope");
        writer.put("object", "ds/data");
        writer.put("writeMode", "truncate");
        JobResult result = fixture.run(WriterJobFixture.generated(3, 1, "v"), writer, 1);
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("datasource") && result.failureMessage().contains("nope"), result.failureMessage());
    }
}
