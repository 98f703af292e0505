package io.ots2oss.emulator.oss;

import io.ots2oss.emulator.oss.RawExchange.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests signed the way ali-oss (Node.js) and other non-Java clients sign them, built and signed by hand:
 * x-oss-date instead of Date, sub-resources sent as {@code ?uploads=} but signed as {@code ?uploads},
 * presigned V4 URLs, and the virtual-host Host such clients send to an IP endpoint.
 */
class ForeignClientSigningTest {
    private static final String AK = "node-ak";
    private static final String SK = "node-sk";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static OssEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = OssEmulator.builder().credentials(AK, SK).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String newBucket() {
        String bucket = "foreign-" + SEQUENCE.incrementAndGet();
        emulator.createBucket(bucket);
        return bucket;
    }

    @Test
    void v1SignatureOverXOssDateWithoutDateHeaderIsAccepted() throws IOException {
        String bucket = newBucket();
        byte[] body = "from node".getBytes(StandardCharsets.UTF_8);
        Reply reply = v1("PUT", "/" + bucket + "/n.txt", "/" + bucket + "/n.txt", Map.of("Content-Type", "text/plain"), body);
        assertEquals(200, reply.status(), reply.text());
        assertArrayEquals(body, emulator.objectBytes(bucket, "n.txt"));
    }

    @Test
    void v1SignatureOverXOssDateIsRefusedWhenTheDateIsStale() throws IOException {
        String bucket = newBucket();
        String stale = RawExchange.RFC_822.format(Instant.now().minusSeconds(3600));
        Reply reply = v1At(stale, "GET", "/" + bucket + "/?acl", "/" + bucket + "/?acl", Map.of(), new byte[0], "127.0.0.1");
        assertEquals(403, reply.status());
        assertEquals("RequestTimeTooSkewed", reply.xmlText("Code"));
    }

    @Test
    void multipartWithEmptyValuedSubresourcesIsSignedWithoutEquals() throws IOException {
        String bucket = newBucket();
        String key = "/" + bucket + "/mp.bin";
        Reply initiate = v1("POST", key + "?uploads=", key + "?uploads", Map.of(), new byte[0]);
        assertEquals(200, initiate.status(), initiate.text());
        String uploadId = initiate.xmlText("UploadId");

        byte[] part = "part one".getBytes(StandardCharsets.UTF_8);
        Reply upload = v1("PUT", key + "?partNumber=1&uploadId=" + uploadId, key + "?partNumber=1&uploadId=" + uploadId, Map.of(), part);
        assertEquals(200, upload.status(), upload.text());

        String complete = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>" + upload.header("etag")
                + "</ETag></Part></CompleteMultipartUpload>";
        Reply done = v1("POST", key + "?uploadId=" + uploadId, key + "?uploadId=" + uploadId,
                Map.of("Content-Type", "application/xml"), complete.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, done.status(), done.text());
        assertArrayEquals(part, emulator.objectBytes(bucket, "mp.bin"));
    }

    @Test
    void deleteMultipleWithEmptyValuedDeleteIsSignedWithoutEquals() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, "gone", new byte[1]);
        byte[] xml = "<Delete><Quiet>false</Quiet><Object><Key>gone</Key></Object></Delete>".getBytes(StandardCharsets.UTF_8);
        Reply reply = v1("POST", "/" + bucket + "/?delete=", "/" + bucket + "/?delete",
                Map.of("Content-MD5", RawExchange.md5Base64(xml), "Content-Type", "application/xml"), xml);
        assertEquals(200, reply.status(), reply.text());
        assertFalse(emulator.objectExists(bucket, "gone"));
    }

    @Test
    void appendWithEmptyValuedAppendIsSignedWithoutEquals() throws IOException {
        String bucket = newBucket();
        Reply reply = v1("POST", "/" + bucket + "/log?append=&position=0", "/" + bucket + "/log?append&position=0",
                Map.of("Content-Type", "text/plain"), "line\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.text());
        assertEquals("5", reply.header("x-oss-next-append-position"));
    }

    @Test
    void objectMetaBucketInfoAndLocationWithEmptyValuesAreSignedWithoutEquals() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, "m", new byte[7]);
        Reply meta = v1("HEAD", "/" + bucket + "/m?objectMeta=", "/" + bucket + "/m?objectMeta", Map.of(), new byte[0]);
        assertEquals(200, meta.status());
        assertEquals("7", meta.header("content-length"));
        Reply info = v1("GET", "/" + bucket + "/?bucketInfo=", "/" + bucket + "/?bucketInfo", Map.of(), new byte[0]);
        assertEquals(bucket, info.xmlText("Name"));
        Reply location = v1("GET", "/" + bucket + "/?location=", "/" + bucket + "/?location", Map.of(), new byte[0]);
        assertEquals("oss-cn-hangzhou", location.xmlText("LocationConstraint"));
    }

    @Test
    void virtualHostOfTheServiceDomainOnAnIpEndpointAddressesTheBucket() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, "dir/v.txt", "virtual".getBytes(StandardCharsets.UTF_8));
        Reply reply = v1At(RawExchange.rfc822Now(), "GET", "/dir/v.txt", "/" + bucket + "/dir/v.txt", Map.of(), new byte[0],
                bucket + ".oss-cn-hangzhou.aliyuncs.com");
        assertEquals(200, reply.status(), reply.text());
        assertEquals("virtual", reply.text());
        Reply list = v1At(RawExchange.rfc822Now(), "GET", "/?prefix=dir%2F", "/" + bucket + "/", Map.of(), new byte[0],
                bucket + ".oss-cn-beijing-internal.aliyuncs.com");
        assertEquals("dir/v.txt", list.xmlText("Key"));
    }

    @Test
    void presignedV4UrlComputedByHandIsAccepted() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, "shared/a b.txt", "presigned v4".getBytes(StandardCharsets.UTF_8));
        String url = presignV4("/" + bucket + "/shared/a b.txt", "/" + bucket + "/shared/a%20b.txt", Instant.now(), 600, SK);
        Reply reply = RawExchange.send(emulator.port(), "GET", url, Map.of("Host", "127.0.0.1"), new byte[0]);
        assertEquals(200, reply.status(), reply.text());
        assertEquals("presigned v4", reply.text());
    }

    @Test
    void presignedV4UrlPastItsExpiryIsRefused() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, "k", new byte[1]);
        String url = presignV4("/" + bucket + "/k", "/" + bucket + "/k", Instant.now().minusSeconds(120), 60, SK);
        Reply reply = RawExchange.send(emulator.port(), "GET", url, Map.of("Host", "127.0.0.1"), new byte[0]);
        assertEquals(403, reply.status());
        assertEquals("AccessDenied", reply.xmlText("Code"));
        assertTrue(reply.xmlText("Message").contains("expired"), reply.text());
    }

    @Test
    void presignedV4UrlWithAWrongSecretFailsWithSignatureDoesNotMatch() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, "k", new byte[1]);
        String url = presignV4("/" + bucket + "/k", "/" + bucket + "/k", Instant.now(), 60, "not-the-secret");
        Reply reply = RawExchange.send(emulator.port(), "GET", url, Map.of("Host", "127.0.0.1"), new byte[0]);
        assertEquals(403, reply.status());
        assertEquals("SignatureDoesNotMatch", reply.xmlText("Code"));
    }

    /** V1 as ali-oss signs it: x-oss-date (RFC 822) in Date's place and among the x-oss headers, no Date header. */
    private static Reply v1(String method, String target, String canonicalResource, Map<String, String> headers, byte[] body)
            throws IOException {
        return v1At(RawExchange.rfc822Now(), method, target, canonicalResource, headers, body, "127.0.0.1");
    }

    private static Reply v1At(String xOssDate, String method, String target, String canonicalResource,
                              Map<String, String> headers, byte[] body, String host) throws IOException {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        sent.put("Host", host);
        sent.put("x-oss-date", xOssDate);
        String stringToSign = method + "\n" + sent.getOrDefault("Content-MD5", "") + "\n"
                + sent.getOrDefault("Content-Type", "") + "\n" + xOssDate + "\n"
                + "x-oss-date:" + xOssDate + "\n" + canonicalResource;
        sent.put("authorization", "OSS " + AK + ":" + RawExchange.hmacSha1Base64(SK, stringToSign));
        return RawExchange.send(emulator.port(), method, target, sent, body);
    }

    /**
     * The query-string V4 form: every query parameter but the signature is in the canonical query, the
     * payload is UNSIGNED-PAYLOAD, and the signing key chain runs date, region, "oss", "aliyun_v4_request".
     */
    private static String presignV4(String resource, String encodedPath, Instant signedAt, long expiresSeconds, String secret) {
        String dateTime = RawExchange.V4_TIME.format(signedAt);
        String date = dateTime.substring(0, 8);
        String scope = date + "/cn-hangzhou/oss/aliyun_v4_request";
        Map<String, String> query = new TreeMap<>();
        query.put("x-oss-credential", AK + "/" + scope);
        query.put("x-oss-date", dateTime);
        query.put("x-oss-expires", Long.toString(expiresSeconds));
        query.put("x-oss-signature-version", "OSS4-HMAC-SHA256");
        StringBuilder canonicalQuery = new StringBuilder();
        query.forEach((name, value) -> canonicalQuery.append(canonicalQuery.length() == 0 ? "" : "&")
                .append(name).append('=').append(value.replace("/", "%2F")));
        String canonicalRequest = "GET\n" + resource.replace(" ", "%20") + "\n" + canonicalQuery + "\n\n\nUNSIGNED-PAYLOAD";
        String stringToSign = "OSS4-HMAC-SHA256\n" + dateTime + "\n" + scope + "\n" + RawExchange.sha256Hex(canonicalRequest);
        byte[] key = RawExchange.hmac("HmacSHA256", ("aliyun_v4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = RawExchange.hmac("HmacSHA256", key, "cn-hangzhou");
        key = RawExchange.hmac("HmacSHA256", key, "oss");
        key = RawExchange.hmac("HmacSHA256", key, "aliyun_v4_request");
        String signature = HexFormat.of().formatHex(RawExchange.hmac("HmacSHA256", key, stringToSign));
        return encodedPath + "?" + canonicalQuery + "&x-oss-signature=" + signature;
    }
}
