package io.ots2oss.emulator.oss;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.utils.BinaryUtil;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StorageModesTest {

    @Test
    void diskStorageKeepsBodiesInFilesAndFreesThemOnDelete(@TempDir Path dir) throws IOException {
        try (OssEmulator emulator = OssEmulator.builder().credentials("ak", "sk").storage(Storage.disk(dir)).bucket("disk").start()) {
            OSS oss = new OSSClientBuilder().build(emulator.endpoint(), "ak", "sk");
            try {
                byte[] p1 = random(200 * 1024);
                byte[] p2 = random(5000);
                String id = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest("disk", "big")).getUploadId();
                PartETag e1 = oss.uploadPart(new UploadPartRequest("disk", "big", id, 1, new ByteArrayInputStream(p1), p1.length)).getPartETag();
                PartETag e2 = oss.uploadPart(new UploadPartRequest("disk", "big", id, 2, new ByteArrayInputStream(p2), p2.length)).getPartETag();
                oss.completeMultipartUpload(new CompleteMultipartUploadRequest("disk", "big", id, new ArrayList<>(List.of(e1, e2))));
                try (InputStream in = oss.getObject("disk", "big").getObjectContent()) {
                    byte[] all = in.readAllBytes();
                    assertEquals(p1.length + p2.length, all.length);
                    assertArrayEquals(p2, java.util.Arrays.copyOfRange(all, p1.length, all.length));
                }
                assertEquals(2, blobCount(dir));
                oss.deleteObject("disk", "big");
                assertEquals(0, blobCount(dir));
            } finally {
                oss.shutdown();
            }
        }
    }

    @Test
    void discardStorageKeepsOnlySizesAndChecksums() {
        try (OssEmulator emulator = OssEmulator.builder().credentials("ak", "sk").storage(Storage.discard()).bucket("void").start()) {
            OSS oss = new OSSClientBuilder().build(emulator.endpoint(), "ak", "sk");
            try {
                byte[] data = random(70_000);
                oss.putObject("void", "k", new ByteArrayInputStream(data)); // the SDK checks the CRC it gets back
                ObjectInfo info = emulator.objectMetadata("void", "k");
                assertEquals(data.length, info.size());
                assertEquals(BinaryUtil.encodeMD5(data).toUpperCase(), info.etag());
                ObjectMetadata head = oss.getObjectMetadata("void", "k");
                assertEquals(data.length, head.getContentLength());
                OSSException e = assertThrows(OSSException.class, () -> oss.getObject("void", "k"));
                assertEquals("NotImplemented", e.getErrorCode());
                assertThrows(UnsupportedOperationException.class, () -> emulator.objectBytes("void", "k"));
            } finally {
                oss.shutdown();
            }
        }
    }

    private static long blobCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("blobs"))) {
            return files.count();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
