package io.ots2oss.emulator.oss;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignatureTest extends EmulatorTestSupport {

    @Test
    void wrongSecretFailsWithSignatureDoesNotMatch() {
        OSS wrong = client(AK, "not-the-secret");
        OSSException e = assertThrows(OSSException.class, () -> wrong.getBucketInfo(bucket));
        assertEquals("SignatureDoesNotMatch", e.getErrorCode());
    }

    @Test
    void unknownAccessKeyFailsWithInvalidAccessKeyId() {
        OSS stranger = client("who-is-this", SK);
        OSSException e = assertThrows(OSSException.class,
                () -> stranger.putObject(bucket, "k", new ByteArrayInputStream(new byte[1])));
        assertEquals("InvalidAccessKeyId", e.getErrorCode());
    }

    @Test
    void signatureCoversSubresourcesAndSpecialKeys() {
        String key = "dir/with space/ü+*~.txt";
        String id = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, key)).getUploadId();
        PartETag part = oss.uploadPart(new UploadPartRequest(bucket, key, id, 1, new ByteArrayInputStream(new byte[5]), 5)).getPartETag();
        oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, key, id, new ArrayList<>(List.of(part))));
        assertEquals(List.of(key), emulator.objectKeys(bucket));
    }

    @Test
    void stsKeyWithItsTokenIsAccepted() {
        OSS sts = stsClient(STS_TOKEN);
        sts.putObject(bucket, "via-sts", new ByteArrayInputStream(new byte[3]));
        assertTrue(emulator.objectExists(bucket, "via-sts"));
    }

    @Test
    void stsKeyWithoutTokenIsRejected() {
        OSS noToken = client(STS_AK, STS_SK);
        OSSException e = assertThrows(OSSException.class, () -> noToken.getBucketAcl(bucket));
        assertEquals("InvalidAccessKeyId", e.getErrorCode());
    }

    @Test
    void stsKeyWithWrongTokenIsRejected() {
        OSS wrongToken = stsClient("forged-token");
        OSSException e = assertThrows(OSSException.class, () -> wrongToken.getBucketAcl(bucket));
        assertEquals("InvalidSecurityToken", e.getErrorCode());
    }

    @Test
    void v4SignedRequestsAreAccepted() throws IOException {
        OSS v4 = v4Client(AK, SK);
        byte[] data = "v4 body".getBytes();
        v4.putObject(bucket, "v4/a b+c.txt", new ByteArrayInputStream(data));
        try (InputStream in = v4.getObject(bucket, "v4/a b+c.txt").getObjectContent()) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(1, v4.listObjects(new ListObjectsRequest(bucket).withPrefix("v4/").withDelimiter("/")).getObjectSummaries().size());
        assertEquals("oss-cn-hangzhou", v4.getBucketLocation(bucket));
    }

    @Test
    void v4WithWrongSecretFailsWithSignatureDoesNotMatch() {
        OSS v4 = v4Client(AK, "wrong");
        OSSException e = assertThrows(OSSException.class, () -> v4.getBucketAcl(bucket));
        assertEquals("SignatureDoesNotMatch", e.getErrorCode());
    }

    @Test
    void clockSkewBeyondFifteenMinutesFailsWithRequestTimeTooSkewed() {
        com.aliyun.oss.ClientBuilderConfiguration conf = configuration();
        conf.setTickOffset(System.currentTimeMillis() - 20 * 60_000L);
        OSS late = new com.aliyun.oss.OSSClientBuilder().build(emulator.endpoint(), AK, SK, conf);
        closeLater(late);
        OSSException e = assertThrows(OSSException.class, () -> late.getBucketAcl(bucket));
        assertEquals("RequestTimeTooSkewed", e.getErrorCode());
        assertTrue(e.getErrorFields().containsKey("ServerTime"));
    }

    @Test
    void presignedUrlAllowsAPlainHttpGet() throws IOException {
        emulator.putObject(bucket, "shared file.txt", "shared".getBytes());
        URL url = oss.generatePresignedUrl(bucket, "shared file.txt", new Date(System.currentTimeMillis() + 60_000));
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        try (InputStream in = connection.getInputStream()) {
            assertEquals(200, connection.getResponseCode());
            assertArrayEquals("shared".getBytes(), in.readAllBytes());
        }
    }

    @Test
    void v4PresignedUrlFromTheSdkAllowsAPlainHttpGet() throws IOException {
        emulator.putObject(bucket, "v4 shared.txt", "shared v4".getBytes());
        URL url = v4Client(AK, SK).generatePresignedUrl(bucket, "v4 shared.txt", new Date(System.currentTimeMillis() + 60_000));
        assertTrue(url.getQuery().contains("x-oss-signature-version=OSS4-HMAC-SHA256"), url.toString());
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        try (InputStream in = connection.getInputStream()) {
            assertEquals(200, connection.getResponseCode());
            assertArrayEquals("shared v4".getBytes(), in.readAllBytes());
        }
    }

    @Test
    void badSignatureIsA403WithFullErrorXml() throws IOException {
        String body = rejectedBody("OSS " + AK + ":bm90LWEtc2lnbmF0dXJl");
        assertTrue(body.contains("<Code>SignatureDoesNotMatch</Code>"), body);
        assertTrue(body.contains("<Message>") && body.contains("<RequestId>") && body.contains("<HostId>"), body);
    }

    @Test
    void unknownAccessKeyIsA403WithFullErrorXml() throws IOException {
        String body = rejectedBody("OSS nobody:bm90LWEtc2lnbmF0dXJl");
        assertTrue(body.contains("<Code>InvalidAccessKeyId</Code>"), body);
        assertTrue(body.contains("<Message>") && body.contains("<RequestId>") && body.contains("<HostId>"), body);
    }

    private String rejectedBody(String authorization) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(emulator.endpoint() + "/" + bucket + "/?acl").openConnection();
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Date", com.aliyun.oss.common.utils.DateUtil.formatRfc822Date(new Date()));
        assertEquals(403, connection.getResponseCode());
        try (InputStream in = connection.getErrorStream()) {
            return new String(in.readAllBytes());
        }
    }

    @Test
    void unsignedRequestIsDeniedWithXmlError() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(emulator.endpoint() + "/" + bucket + "/").openConnection();
        assertEquals(403, connection.getResponseCode());
        String body;
        try (InputStream in = connection.getErrorStream()) {
            body = new String(in.readAllBytes());
        }
        assertTrue(body.contains("<Error><Code>AccessDenied</Code>"), body);
        assertTrue(body.contains("<RequestId>") && body.contains("<HostId>"), body);
        assertEquals(String.valueOf(body.getBytes().length), connection.getHeaderField("Content-Length"));
    }
}
