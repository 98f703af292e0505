package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.model.DefaultRetryStrategy;
import com.alicloud.openservices.tablestore.model.ListTableResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationTest extends EmulatorTestSupport {

    @Test
    void correctlySignedRequestSucceedsAndReplyPassesSdkValidation() {
        ListTableResponse response = client.listTable();
        assertTrue(response.getTableNames().isEmpty());
        assertNotNull(response.getRequestId());
    }

    @Test
    void wrongSecretIsRejectedAsAuthFailedWithoutRetries() {
        SyncClient wrong = newClient("not-the-secret");
        try {
            TableStoreException e = assertThrows(TableStoreException.class, wrong::listTable);
            assertEquals("OTSAuthFailed", e.getErrorCode());
            assertEquals(403, e.getHttpStatus());
            assertEquals("Signature mismatch.", e.getMessage());
            assertEquals(1, emulator.requestCount("ListTable"));
        } finally {
            wrong.shutdown();
        }
    }

    @Test
    void unknownAccessKeyIsRejected() {
        SyncClient stranger = clientWith("other-akid", emulator.instanceName());
        try {
            TableStoreException e = assertThrows(TableStoreException.class, stranger::listTable);
            assertEquals("OTSAuthFailed", e.getErrorCode());
            assertEquals("The AccessKeyID does not exist.", e.getMessage());
        } finally {
            stranger.shutdown();
        }
    }

    @Test
    void unknownInstanceIsRejected() {
        SyncClient elsewhere = clientWith(emulator.accessKeyId(), "other-instance");
        try {
            TableStoreException e = assertThrows(TableStoreException.class, elsewhere::listTable);
            assertEquals("OTSAuthFailed", e.getErrorCode());
            assertEquals("The instance is not found.", e.getMessage());
        } finally {
            elsewhere.shutdown();
        }
    }

    @Test
    void requestWithoutOtsHeadersIsRejectedAsMissingHeader() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/ListTable"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(400, response.statusCode());
        OtsInternalApi.Error error = OtsInternalApi.Error.parseFrom(response.body());
        assertEquals("OTSParameterInvalid", error.getCode());
        assertTrue(error.getMessage().startsWith("Missing header: "), error.getMessage());
        assertTrue(response.headers().firstValue("x-ots-requestid").isPresent());
    }

    private SyncClient clientWith(String accessKeyId, String instance) {
        ClientConfiguration config = new ClientConfiguration();
        config.setRetryStrategy(new DefaultRetryStrategy(2, TimeUnit.SECONDS));
        return new SyncClient(emulator.endpoint(), accessKeyId, emulator.accessKeySecret(), instance, config);
    }

    @Test
    void compressedRequestsAreAccepted() {
        ClientConfiguration config = new ClientConfiguration();
        config.setEnableRequestCompression(true);
        SyncClient compressing = new SyncClient(emulator.endpoint(), emulator.accessKeyId(), emulator.accessKeySecret(),
                emulator.instanceName(), config);
        try {
            createTable("orders", false);
            assertEquals(1, compressing.listTable().getTableNames().size());
            assertEquals("orders", compressing.describeTable(
                    new com.alicloud.openservices.tablestore.model.DescribeTableRequest("orders")).getTableMeta().getTableName());
        } finally {
            compressing.shutdown();
        }
    }
}
