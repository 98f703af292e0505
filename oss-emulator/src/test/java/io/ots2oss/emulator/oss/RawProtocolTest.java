package io.ots2oss.emulator.oss;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wire details the SDK cannot produce or hides: checked with raw HTTP against an emulator without keys. */
class RawProtocolTest {
    private static OssEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = OssEmulator.builder().bucket("raw").start();
        emulator.putObject("raw", "k", "0123456789".getBytes());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void putWithoutLengthOrChunkingFailsWithMissingContentLength() throws IOException {
        String response = exchange("PUT /raw/nolength HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 411"), response);
        assertTrue(response.contains("<Code>MissingContentLength</Code>"), response);
    }

    @Test
    void maxKeysAboveAThousandIsRejected() throws IOException {
        String response = exchange("GET /raw/?max-keys=1001 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("<Code>InvalidArgument</Code>"), response);
    }

    @Test
    void xmlRepliesHaveNoNamespaceAndAContentLength() throws IOException {
        String response = exchange("GET /raw/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(response.contains("<ListBucketResult><Name>raw</Name>"), response);
        assertFalse(response.contains("xmlns"), response);
        assertTrue(response.toLowerCase().contains("content-length:"), response);
    }

    @Test
    void userMetadataHeadersAreSentInLowerCase() throws IOException {
        String put = exchange("PUT /raw/meta HTTP/1.1\r\nHost: x\r\nX-OSS-Meta-Color: blue\r\nContent-Length: 1\r\nConnection: close\r\n\r\nz");
        assertTrue(put.startsWith("HTTP/1.1 200"), put);
        String head = exchange("HEAD /raw/meta HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(head.contains("\r\nx-oss-meta-color: blue\r\n"), head);
        assertTrue(head.contains("\r\nx-oss-hash-crc64ecma: "), head);
    }

    @Test
    void aHostNamingABucketOfAnUnconfiguredDomainIsRefusedSayingWhatToPass() throws IOException {
        String response = exchange("GET /k HTTP/1.1\r\nHost: raw.files.example.com:9000\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 404"), response);
        assertTrue(response.contains("<Code>NoSuchBucket</Code>"), response);
        assertTrue(response.contains("--virtual-host-domain files.example.com"), response);
    }

    @Test
    void aPathStyleRequestOnAnIpHostGetsNoAddressingHint() throws IOException {
        String response = exchange("GET /nobucket/k HTTP/1.1\r\nHost: 127.0.0.1:9000\r\nConnection: close\r\n\r\n");
        assertTrue(response.contains("<Code>NoSuchBucket</Code>"), response);
        assertFalse(response.contains("virtual-host-domain"), response);
    }

    @Test
    void suffixRangeReturnsTheLastBytes() throws IOException {
        String response = exchange("GET /raw/k HTTP/1.1\r\nHost: x\r\nRange: bytes=-3\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 206"), response);
        assertTrue(response.contains("Content-Range: bytes 7-9/10"), response);
        assertTrue(response.endsWith("789"), response);
    }

    @Test
    void headErrorsCarryTheCodeInXOssErr() throws IOException {
        String response = exchange("HEAD /raw/missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 404"), response);
        assertTrue(response.contains("x-oss-err: "), response);
    }

    @Test
    void deleteOfMoreThanAThousandKeysFailsWithMalformedXml() throws IOException {
        StringBuilder xml = new StringBuilder("<Delete><Quiet>true</Quiet>");
        for (int i = 0; i <= 1000; i++) {
            xml.append("<Object><Key>k").append(i).append("</Key></Object>");
        }
        String response = post("/raw/?delete", xml.append("</Delete>").toString(), true);
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("<Code>MalformedXML</Code>"), response);
    }

    @Test
    void deleteWithoutContentMd5FailsWithInvalidDigest() throws IOException {
        String response = post("/raw/?delete", "<Delete><Object><Key>k</Key></Object></Delete>", false);
        assertTrue(response.contains("<Code>InvalidDigest</Code>"), response);
        assertTrue(emulator.objectExists("raw", "k"));
    }

    @Test
    void unparseableCompleteBodyFailsWithMalformedXml() throws IOException {
        String initiate = post("/raw/mp?uploads", "", false);
        String uploadId = initiate.substring(initiate.indexOf("<UploadId>") + 10, initiate.indexOf("</UploadId>"));
        String response = post("/raw/mp?uploadId=" + uploadId, "<CompleteMultipartUpload><Part>", false);
        assertTrue(response.contains("<Code>MalformedXML</Code>"), response);
    }

    private static String post(String target, String body, boolean withMd5) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String md5 = "";
        if (withMd5) {
            try {
                md5 = "Content-MD5: " + java.util.Base64.getEncoder().encodeToString(
                        java.security.MessageDigest.getInstance("MD5").digest(bytes)) + "\r\n";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return exchange("POST " + target + " HTTP/1.1\r\nHost: x\r\n" + md5 + "Content-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
