package io.ots2oss.emulator.oss;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.UploadPartRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultInjectionTest extends EmulatorTestSupport {

    @Test
    void injected503sAreRetriedBySdkToSuccess() {
        long before = emulator.requestCount(Operation.PUT_OBJECT);
        emulator.faults().failNext(Operation.PUT_OBJECT, 503, 2);
        oss.putObject(bucket, "retried", new ByteArrayInputStream("ok".getBytes()));
        assertArrayEquals("ok".getBytes(), emulator.objectBytes(bucket, "retried"));
        assertEquals(before + 3, emulator.requestCount(Operation.PUT_OBJECT));
    }

    @Test
    void injected500OnUploadPartIsRetriedToSuccess() {
        String id = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, "mp")).getUploadId();
        emulator.faults().failNext(Operation.UPLOAD_PART, 500, 1);
        oss.uploadPart(new UploadPartRequest(bucket, "mp", id, 1, new ByteArrayInputStream(new byte[1000]), 1000));
        assertEquals(List.of(1), emulator.inProgressUploads(bucket).get(0).partNumbers());
    }

    @Test
    void moreFailuresThanRetriesSurfaceAsServiceUnavailable() {
        OSS impatient = clientWithRetries(1);
        emulator.faults().failNext(Operation.GET_BUCKET_INFO, 503, 2);
        OSSException e = assertThrows(OSSException.class, () -> impatient.getBucketInfo(bucket));
        assertEquals("ServiceUnavailable", e.getErrorCode());
    }

    @Test
    void clientErrorsAreNotRetried() {
        long before = emulator.requestCount(Operation.GET_OBJECT);
        assertThrows(OSSException.class, () -> oss.getObject(bucket, "absent"));
        assertEquals(before + 1, emulator.requestCount(Operation.GET_OBJECT));
    }

    @Test
    void rateFailuresFollowTheSeed() {
        assertEquals(failurePattern(42), failurePattern(42));
        assertTrue(failurePattern(42).contains(true) && failurePattern(42).contains(false));
    }

    @Test
    void connectionResetMidUploadIsRetriedBySdk() {
        emulator.faults().resetConnectionNext(Operation.UPLOAD_PART, 1);
        String id = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, "reset")).getUploadId();
        byte[] data = randomBytes(512 * 1024, 9);
        long before = emulator.requestCount(Operation.UPLOAD_PART);
        oss.uploadPart(new UploadPartRequest(bucket, "reset", id, 1, new ByteArrayInputStream(data), data.length));
        assertEquals(before + 2, emulator.requestCount(Operation.UPLOAD_PART));
    }

    @Test
    void connectionResetMidDownloadBreaksTheBody() {
        emulator.putObject(bucket, "cut", randomBytes(1 << 20, 10));
        emulator.faults().resetConnectionNext(Operation.GET_OBJECT, 1);
        assertThrows(Exception.class, () -> {
            try (InputStream in = oss.getObject(bucket, "cut").getObjectContent()) {
                in.readAllBytes();
            }
        });
    }

    @Test
    void latencyDelaysEachRequest() {
        emulator.putObject(bucket, "slow", new byte[1]);
        emulator.faults().latency(Operation.HEAD_OBJECT, Duration.ofMillis(300));
        long start = System.nanoTime();
        oss.getObjectMetadata(bucket, "slow");
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void bandwidthLimitPacesDownloads() throws IOException {
        byte[] data = randomBytes(200_000, 11);
        emulator.putObject(bucket, "paced", data);
        emulator.faults().bandwidth(Operation.GET_OBJECT, 500_000);
        long start = System.nanoTime();
        try (InputStream in = oss.getObject(bucket, "paced").getObjectContent()) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertTrue(System.nanoTime() - start >= 300_000_000L, "200 kB at 500 kB/s takes at least 0.4 s");
    }

    @Test
    void clearRemovesEveryFault() {
        emulator.faults().failNext(Operation.ANY, 503, 100);
        emulator.faults().clear();
        oss.putObject(bucket, "fine", new ByteArrayInputStream(new byte[1]));
        assertTrue(emulator.objectExists(bucket, "fine"));
    }

    private static List<Boolean> failurePattern(long seed) {
        Faults faults = new Faults().failRate(Operation.ANY, 503, 0.3, seed);
        List<Boolean> pattern = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pattern.add(faults.planFor(Operation.PUT_OBJECT).failStatus() == 503);
        }
        return pattern;
    }

    private OSS clientWithRetries(int retries) {
        ClientBuilderConfiguration conf = configuration();
        conf.setMaxErrorRetry(retries);
        OSS client = new OSSClientBuilder().build(emulator.endpoint(), AK, SK, conf);
        closeLater(client);
        return client;
    }
}
