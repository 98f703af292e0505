package io.ots2oss.emulator.oss;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.utils.BinaryUtil;
import com.aliyun.oss.model.CopyObjectRequest;
import com.aliyun.oss.model.GetObjectRequest;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PutObjectResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObjectOperationsTest extends EmulatorTestSupport {

    @Test
    void putWithContentLengthRoundTrips() throws IOException {
        byte[] data = randomBytes(300_000, 1);
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentLength(data.length);
        oss.putObject(bucket, "fixed.bin", new ByteArrayInputStream(data), meta);
        assertArrayEquals(data, read(oss.getObject(bucket, "fixed.bin")));
    }

    @Test
    void putOfStreamWithoutLengthIsSentChunkedAndRoundTrips() throws IOException {
        byte[] data = randomBytes(200_000, 2);
        InputStream unknownLength = new ByteArrayInputStream(data) {
            @Override
            public int available() {
                return 0;
            }
        };
        oss.putObject(bucket, "chunked.bin", unknownLength);
        assertArrayEquals(data, emulator.objectBytes(bucket, "chunked.bin"));
        assertArrayEquals(data, read(oss.getObject(bucket, "chunked.bin")));
    }

    @Test
    void putReturnsUpperHexMd5EtagAndTheSdkVerifiesCrc() {
        byte[] data = randomBytes(5000, 3);
        PutObjectResult result = oss.putObject(bucket, "crc.bin", new ByteArrayInputStream(data));
        assertEquals(BinaryUtil.encodeMD5(data).toUpperCase(), result.getETag());
        assertNotNull(result.getServerCRC());
        assertEquals(result.getClientCRC(), result.getServerCRC());
    }

    @Test
    void userMetadataRoundTrips() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.addUserMetadata("Writer", "peer-test");
        meta.addUserMetadata("batch", "7");
        oss.putObject(bucket, "meta.json", new ByteArrayInputStream("{}".getBytes()), meta);
        ObjectMetadata read = oss.getObjectMetadata(bucket, "meta.json");
        assertEquals("peer-test", read.getUserMetadata().get("writer"));
        assertEquals("7", read.getUserMetadata().get("batch"));
        assertEquals("application/json", read.getContentType());
        assertEquals("peer-test", emulator.objectMetadata(bucket, "meta.json").userMetadata().get("writer"));
    }

    @Test
    void serverSideEncryptionIsStoredAndEchoed() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setServerSideEncryption(ObjectMetadata.AES_256_SERVER_SIDE_ENCRYPTION);
        oss.putObject(bucket, "sse.bin", new ByteArrayInputStream(new byte[10]), meta);
        assertEquals("AES256", oss.getObjectMetadata(bucket, "sse.bin").getServerSideEncryption());
        assertEquals("AES256", emulator.objectMetadata(bucket, "sse.bin").serverSideEncryption());
    }

    @Test
    void unknownEncryptionAlgorithmIsRejected() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setServerSideEncryption("ROT13");
        OSSException e = assertThrows(OSSException.class,
                () -> oss.putObject(bucket, "bad-sse", new ByteArrayInputStream(new byte[1]), meta));
        assertEquals("InvalidArgument", e.getErrorCode());
        assertFalse(emulator.objectExists(bucket, "bad-sse"));
    }

    @Test
    void wrongContentMd5IsRejectedAndNothingIsStored() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentMD5(BinaryUtil.toBase64String(BinaryUtil.calculateMd5("other".getBytes())));
        OSSException e = assertThrows(OSSException.class,
                () -> oss.putObject(bucket, "md5", new ByteArrayInputStream("content".getBytes()), meta));
        assertEquals("InvalidDigest", e.getErrorCode());
        assertFalse(emulator.objectExists(bucket, "md5"));
    }

    @Test
    void matchingContentMd5IsAccepted() {
        byte[] data = "content".getBytes();
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentMD5(BinaryUtil.toBase64String(BinaryUtil.calculateMd5(data)));
        oss.putObject(bucket, "md5", new ByteArrayInputStream(data), meta);
        assertArrayEquals(data, emulator.objectBytes(bucket, "md5"));
    }

    @Test
    void rangeGetReturnsTheRequestedBytesOnly() throws IOException {
        byte[] data = randomBytes(1000, 4);
        oss.putObject(bucket, "r", new ByteArrayInputStream(data));
        GetObjectRequest request = new GetObjectRequest(bucket, "r");
        request.setRange(100, 199);
        byte[] slice = read(oss.getObject(request));
        assertArrayEquals(java.util.Arrays.copyOfRange(data, 100, 200), slice);
    }

    @Test
    void outOfRangeGetReturnsTheWholeObjectAsOssDoes() throws IOException {
        byte[] data = randomBytes(100, 5);
        oss.putObject(bucket, "r", new ByteArrayInputStream(data));
        GetObjectRequest request = new GetObjectRequest(bucket, "r");
        request.setRange(50, 500);
        assertArrayEquals(data, read(oss.getObject(request)));
    }

    @Test
    void standardRangeBehaviourRejectsStartPastTheEnd() {
        oss.putObject(bucket, "r", new ByteArrayInputStream(new byte[10]));
        GetObjectRequest request = new GetObjectRequest(bucket, "r");
        request.setRange(20, 30);
        request.addHeader("x-oss-range-behavior", "standard");
        OSSException e = assertThrows(OSSException.class, () -> oss.getObject(request));
        assertEquals("InvalidRange", e.getErrorCode());
    }

    @Test
    void getOfMissingKeyFailsWithNoSuchKey() {
        OSSException e = assertThrows(OSSException.class, () -> oss.getObject(bucket, "missing"));
        assertEquals("NoSuchKey", e.getErrorCode());
    }

    @Test
    void headOnMissingBucketReportsNoSuchBucketThroughErrorHeader() {
        OSSException e = assertThrows(OSSException.class, () -> oss.getObjectMetadata("missing-bucket-y", "k"));
        assertEquals("NoSuchBucket", e.getErrorCode());
    }

    @Test
    void doesObjectExistTellsPresentFromAbsent() {
        oss.putObject(bucket, "here", new ByteArrayInputStream(new byte[3]));
        assertTrue(oss.doesObjectExist(bucket, "here"));
        assertFalse(oss.doesObjectExist(bucket, "there"));
    }

    @Test
    void deleteRemovesTheObjectAndMissingKeysAreFine() {
        oss.putObject(bucket, "gone", new ByteArrayInputStream(new byte[3]));
        oss.deleteObject(bucket, "gone");
        oss.deleteObject(bucket, "never-existed");
        assertFalse(emulator.objectExists(bucket, "gone"));
    }

    @Test
    void copyObjectCopiesContentAndMetadata() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.addUserMetadata("origin", "source");
        oss.putObject(bucket, "src/a b.txt", new ByteArrayInputStream("copy me".getBytes()), meta);
        oss.copyObject(bucket, "src/a b.txt", bucket, "dst.txt");
        assertArrayEquals("copy me".getBytes(), emulator.objectBytes(bucket, "dst.txt"));
        assertEquals("source", emulator.objectMetadata(bucket, "dst.txt").userMetadata().get("origin"));
    }

    @Test
    void copyObjectWithNewMetadataReplacesIt() {
        oss.putObject(bucket, "src", new ByteArrayInputStream("x".getBytes()));
        ObjectMetadata replacement = new ObjectMetadata();
        replacement.addUserMetadata("fresh", "yes");
        CopyObjectRequest request = new CopyObjectRequest(bucket, "src", bucket, "dst");
        request.setNewObjectMetadata(replacement);
        oss.copyObject(request);
        assertEquals("yes", emulator.objectMetadata(bucket, "dst").userMetadata().get("fresh"));
    }

    @Test
    void copyOfMissingSourceFailsWithNoSuchKey() {
        OSSException e = assertThrows(OSSException.class, () -> oss.copyObject(bucket, "nothing", bucket, "dst"));
        assertEquals("NoSuchKey", e.getErrorCode());
    }

    @Test
    void downloadToFileIsCrcCheckedBySdk(@TempDir Path dir) throws IOException {
        byte[] data = randomBytes(123_456, 6);
        oss.putObject(bucket, "file.bin", new ByteArrayInputStream(data));
        Path target = dir.resolve("out.bin");
        ObjectMetadata meta = oss.getObject(new GetObjectRequest(bucket, "file.bin"), target.toFile());
        assertArrayEquals(data, Files.readAllBytes(target));
        assertEquals(data.length, meta.getContentLength());
        assertEquals(emulator.objectMetadata(bucket, "file.bin").crc64(), meta.getServerCRC().longValue());
    }

    @Test
    void keysWithSpecialCharactersRoundTrip() throws IOException {
        List<String> keys = List.of("dir/ä ö+%#?&=/x y.txt", "/leading/slash", "a//double", "tilde~star*.txt");
        for (String key : keys) {
            oss.putObject(bucket, key, new ByteArrayInputStream(key.getBytes()));
        }
        for (String key : keys) {
            assertArrayEquals(key.getBytes(), read(oss.getObject(bucket, key)), key);
        }
        assertEquals(keys.stream().sorted().toList(), emulator.objectKeys(bucket));
    }

    @Test
    void localhostEndpointWorksPathStyle() {
        OSS viaLocalhost = new OSSClientBuilder().build("http://localhost:" + emulator.port(), AK, SK, configuration());
        try {
            viaLocalhost.putObject(bucket, "lh", new ByteArrayInputStream(new byte[2]));
            assertTrue(viaLocalhost.doesObjectExist(bucket, "lh"));
        } finally {
            viaLocalhost.shutdown();
        }
    }

    private static byte[] read(OSSObject object) throws IOException {
        try (object; InputStream in = object.getObjectContent()) {
            return in.readAllBytes();
        }
    }
}
