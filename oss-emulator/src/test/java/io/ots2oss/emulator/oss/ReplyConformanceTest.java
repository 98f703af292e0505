package io.ots2oss.emulator.oss;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.ListObjectsV2Request;
import com.aliyun.oss.model.ListObjectsV2Result;
import com.aliyun.oss.model.ObjectListing;
import io.ots2oss.emulator.oss.RawExchange.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reply bodies and headers checked on the wire: XML any parser accepts, encoding-type=url, OSS's reply headers. */
class ReplyConformanceTest {
    private static final String CONTROL_KEY = "log/a\u0001b\u001Fc";
    private static final String CONTROL_KEY_URL = "log%2Fa%01b%1Fc";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static OssEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = OssEmulator.builder().start(); // no keys: requests need no signature here
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String newBucket() {
        String bucket = "replies-" + SEQUENCE.incrementAndGet();
        emulator.createBucket(bucket);
        return bucket;
    }

    @Test
    void listingAKeyWithControlCharactersIsWellFormedXmlThatCarriesTheKey() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, CONTROL_KEY, new byte[1]);
        Reply reply = get("/" + bucket + "/");
        assertEquals(CONTROL_KEY, reply.xmlText("Key"));
        assertTrue(reply.text().startsWith("<?xml version=\"1.1\""), reply.text());
    }

    @Test
    void listingWithEncodingTypeUrlEncodesKeysAndStaysXml10() throws IOException {
        String bucket = newBucket();
        emulator.putObject(bucket, CONTROL_KEY, new byte[1]);
        Reply v1 = get("/" + bucket + "/?encoding-type=url&prefix=log%2F&delimiter=%2F");
        assertEquals(CONTROL_KEY_URL, v1.xmlText("Key"));
        assertEquals("log%2F", v1.xmlText("Prefix"));
        assertEquals("url", v1.xmlText("EncodingType"));
        assertTrue(v1.text().startsWith("<?xml version=\"1.0\""), v1.text());
        Reply v2 = get("/" + bucket + "/?list-type=2&encoding-type=url");
        assertEquals(CONTROL_KEY_URL, v2.xmlText("Key"));
    }

    /**
     * The SDK's JDOM refuses such characters whatever the XML version (as against OSS); asking for
     * encoding-type=url it gets the encoded key, which its parsers leave to the caller to decode.
     */
    @Test
    void theJavaSdkListsAKeyWithControlCharactersWhenItAsksForUrlEncoding() {
        String bucket = newBucket();
        emulator.putObject(bucket, CONTROL_KEY, new byte[1]);
        OSS oss = new OSSClientBuilder().build(emulator.endpoint(), "any", "any");
        try {
            ListObjectsV2Result v2 = oss.listObjectsV2(new ListObjectsV2Request(bucket).withEncodingType("url"));
            assertEquals(CONTROL_KEY, URLDecoder.decode(v2.getObjectSummaries().get(0).getKey(), StandardCharsets.UTF_8));
            ObjectListing v1 = oss.listObjects(new ListObjectsRequest(bucket).withEncodingType("url"));
            assertEquals(CONTROL_KEY, URLDecoder.decode(v1.getObjectSummaries().get(0).getKey(), StandardCharsets.UTF_8));
        } finally {
            oss.shutdown();
        }
    }

    @Test
    void multipartRepliesEncodeTheKeyWhenAskedForUrl() throws IOException {
        String bucket = newBucket();
        String path = "/" + bucket + "/log/a%01b%1Fc";
        Reply initiate = post(path + "?uploads&encoding-type=url", new byte[0]);
        assertEquals(CONTROL_KEY_URL, initiate.xmlText("Key"));
        assertEquals("url", initiate.xmlText("EncodingType"));
        String uploadId = initiate.xmlText("UploadId");
        Reply part = RawExchange.send(emulator.port(), "PUT", path + "?partNumber=1&uploadId=" + uploadId,
                Map.of("Host", "127.0.0.1"), "p".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, part.status());

        assertEquals(CONTROL_KEY_URL, get("/" + bucket + "/?uploads&encoding-type=url").xmlText("Key"));
        assertEquals(CONTROL_KEY, get("/" + bucket + "/?uploads").xmlText("Key"));
        assertEquals(CONTROL_KEY_URL, get(path + "?uploadId=" + uploadId + "&encoding-type=url").xmlText("Key"));

        String complete = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>" + part.header("etag")
                + "</ETag></Part></CompleteMultipartUpload>";
        Reply done = post(path + "?uploadId=" + uploadId + "&encoding-type=url", complete.getBytes(StandardCharsets.UTF_8));
        assertEquals(CONTROL_KEY_URL, done.xmlText("Key"));
        assertEquals("url", done.xmlText("EncodingType"));
    }

    @Test
    void deleteResultEncodesKeysWhenAskedForUrl() throws IOException {
        String bucket = newBucket();
        byte[] xml = "<Delete><Quiet>false</Quiet><Object><Key>a&#xA;b</Key></Object></Delete>".getBytes(StandardCharsets.UTF_8);
        Reply reply = RawExchange.send(emulator.port(), "POST", "/" + bucket + "/?delete&encoding-type=url",
                Map.of("Host", "127.0.0.1", "Content-MD5", RawExchange.md5Base64(xml)), xml);
        assertEquals("a%0Ab", reply.xmlText("Key"));
        assertEquals("url", reply.xmlText("EncodingType"));
    }

    @Test
    void errorRepliesNamingAKeyWithControlCharactersAreWellFormed() throws IOException {
        String bucket = newBucket();
        Reply reply = get("/" + bucket + "/log/a%01b%1Fc");
        assertEquals(404, reply.status());
        assertEquals("NoSuchKey", reply.xmlText("Code"));
    }

    @Test
    void putObjectEchoesTheBodyMd5AsContentMd5() throws IOException {
        String bucket = newBucket();
        byte[] body = "echo me".getBytes(StandardCharsets.UTF_8);
        Reply reply = RawExchange.send(emulator.port(), "PUT", "/" + bucket + "/e", Map.of("Host", "127.0.0.1"), body);
        assertEquals(200, reply.status());
        assertEquals(RawExchange.md5Base64(body), reply.header("content-md5"));
        assertNotNull(reply.header("etag"));
        assertNotNull(reply.header("x-oss-hash-crc64ecma"));
        assertNotNull(reply.header("x-oss-request-id"));
        assertEquals("0", reply.header("content-length"));
        Reply head = RawExchange.send(emulator.port(), "HEAD", "/" + bucket + "/e", Map.of("Host", "127.0.0.1"), new byte[0]);
        assertEquals(RawExchange.md5Base64(body), head.header("content-md5"));
    }

    @Test
    void uploadPartEchoesContentMd5AndCompleteCarriesTheObjectCrcButNoContentMd5() throws IOException {
        String bucket = newBucket();
        String uploadId = post("/" + bucket + "/m?uploads", new byte[0]).xmlText("UploadId");
        byte[] body = "only part".getBytes(StandardCharsets.UTF_8);
        Reply part = RawExchange.send(emulator.port(), "PUT", "/" + bucket + "/m?partNumber=1&uploadId=" + uploadId,
                Map.of("Host", "127.0.0.1"), body);
        assertEquals(RawExchange.md5Base64(body), part.header("content-md5"));
        assertTrue(part.header("etag").matches("\"[0-9A-F]{32}\""), part.header("etag"));
        assertNotNull(part.header("x-oss-hash-crc64ecma"));

        String complete = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>" + part.header("etag")
                + "</ETag></Part></CompleteMultipartUpload>";
        Reply done = post("/" + bucket + "/m?uploadId=" + uploadId, complete.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, done.status());
        assertEquals(part.header("x-oss-hash-crc64ecma"), done.header("x-oss-hash-crc64ecma"));
        assertEquals("application/xml", done.header("content-type"));
        assertTrue(done.xmlText("ETag").endsWith("-1\""), done.text());
        for (String element : List.of("Location", "Bucket", "Key")) {
            assertNotNull(done.xml().getElementsByTagName(element).item(0), element);
        }
        Reply head = RawExchange.send(emulator.port(), "HEAD", "/" + bucket + "/m", Map.of("Host", "127.0.0.1"), new byte[0]);
        assertNull(head.header("content-md5"), "a multipart object's ETag is not its MD5");
    }

    private static Reply get(String target) throws IOException {
        return RawExchange.send(emulator.port(), "GET", target, Map.of("Host", "127.0.0.1"), new byte[0]);
    }

    private static Reply post(String target, byte[] body) throws IOException {
        return RawExchange.send(emulator.port(), "POST", target, Map.of("Host", "127.0.0.1"), body);
    }
}
