package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSONObject;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.emulator.oss.UploadInfo;
import io.ots2oss.testkit.JobResult;

class WriteModeIT extends WriterJobTestBase {
    private void existing(int count) {
        for (int i = 0; i < count; i++) {
            fixture.oss().putObject(WriterJobFixture.BUCKET, String.format("out/data__old%05d", i), new byte[] {1});
        }
        fixture.oss().putObject(WriterJobFixture.BUCKET, "keep/other", new byte[] {1});
    }

    private JobResult run(String writeMode) {
        JSONObject writer = fixture.writer();
        writer.put("writeMode", writeMode);
        return fixture.run(WriterJobFixture.generated(5, 2, "v"), writer, 2);
    }

    @Test
    void truncateDeletesMoreThanOnePageInBatches() {
        existing(1500);
        JobResult result = run("truncate");
        assertTrue(result.succeeded(), result.failureMessage());
        List<String> keys = fixture.keys("out/");
        assertEquals(2, keys.size(), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("old")));
        assertTrue(fixture.oss().objectExists(WriterJobFixture.BUCKET, "keep/other"));
        assertEquals(2, fixture.oss().requestCount(Operation.DELETE_MULTIPLE_OBJECTS));
        assertEquals(0, fixture.oss().requestCount(Operation.DELETE_OBJECT));
    }

    @Test
    void truncateAbortsUploadsInProgressUnderThePrefixOnly() {
        OSS client = new OSSClientBuilder().build(fixture.oss().endpoint(), WriterJobFixture.ACCESS_ID, WriterJobFixture.ACCESS_KEY);
        try {
            for (int i = 0; i < 3; i++) {
                client.initiateMultipartUpload(new InitiateMultipartUploadRequest(WriterJobFixture.BUCKET, "out/data__killed" + i));
            }
            client.initiateMultipartUpload(new InitiateMultipartUploadRequest(WriterJobFixture.BUCKET, "keep/other"));
        } finally {
            client.shutdown();
        }
        JobResult result = run("truncate");
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(List.of("keep/other"), fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).stream().map(UploadInfo::key).toList());
        assertEquals(3, fixture.oss().requestCount(Operation.ABORT_MULTIPART_UPLOAD));
        assertTrue(result.log().contains("aborted 3 multipart uploads"), result.log());
    }

    @Test
    void nonConflictFailsWhenThePrefixHasObjects() {
        existing(1);
        JobResult result = run("nonConflict");
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("nonConflict") && result.failureMessage().contains("out/data"), result.failureMessage());
        assertEquals(1, fixture.keys("out/").size());
    }

    @Test
    void nonConflictWritesIntoAnEmptyPrefix() {
        fixture.oss().putObject(WriterJobFixture.BUCKET, "keep/other", new byte[] {1});
        JobResult result = run("nonConflict");
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(2, fixture.keys("out/").size());
    }

    @Test
    void appendKeepsExistingObjects() {
        existing(3);
        JobResult result = run("append");
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(5, fixture.keys("out/").size());
    }

    @Test
    void templateNamesReplaceTheirOwnObjectsOnRerun() {
        JSONObject writer = fixture.writer();
        writer.put("writeMode", "append");
        writer.put("objectNameTemplate", "${object}/w=${window}/part-${taskId}${ext}");
        for (int run = 0; run < 2; run++) {
            JobResult result = fixture.run(WriterJobFixture.generated(5, 2, "run" + run), writer, 2, java.util.Map.of("window", "2024010100"));
            assertTrue(result.succeeded(), result.failureMessage());
        }
        assertEquals(List.of("out/data/w=2024010100/part-0.txt", "out/data/w=2024010100/part-1.txt"), fixture.keys("out/"));
        assertTrue(fixture.text("out/data/w=2024010100/part-0.txt").contains("run1"));
    }

    @Test
    void encryptWritesServerSideEncryptedObjects() {
        JSONObject writer = fixture.writer();
        writer.put("encrypt", true);
        writer.put("blockSizeInMB", 1);
        writer.put("generateEmptyFile", true);
        JSONObject reader = WriterJobFixture.generated(20_000, 2, "e".repeat(60));
        reader.put("count", 20_000);
        JobResult result = fixture.run(reader, writer, 2);
        assertTrue(result.succeeded(), result.failureMessage());
        for (String key : fixture.keys("out/")) {
            assertEquals("AES256", fixture.oss().objectMetadata(WriterJobFixture.BUCKET, key).serverSideEncryption(), key);
        }
        assertEquals(2, fixture.keys("out/").size());
        assertTrue(fixture.oss().requestCount(Operation.INITIATE_MULTIPART_UPLOAD) >= 2);
    }

    @Test
    void missingBucketIsNamed() {
        JSONObject writer = fixture.writer();
        writer.put("bucket", "no-such-bucket");
        JobResult result = fixture.run(WriterJobFixture.generated(1, 1, "v"), writer, 1);
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("no-such-bucket"), result.failureMessage());
    }
}
