package io.ots2oss.osswriter.upload;

import io.ots2oss.common.memory.MemoryBudget;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.osswriter.support.EmulatedOss;

class ObjectUploadStreamTest {
    private static final int PART = 100 * 1024;

    private EmulatedOss oss;
    private OssGateway gateway;
    private ExecutorService executor;
    private final MemoryBudget budget = new MemoryBudget(16L * 1024 * 1024);

    @BeforeEach
    void start() {
        oss = new EmulatedOss();
        gateway = oss.gateway();
        executor = UploadExecutors.forTask(0, 3);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        gateway.close();
        oss.close();
    }

    private static byte[] data(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private ObjectUploadStream stream(String key) {
        return new ObjectUploadStream(gateway, key, PART, budget, executor, 3);
    }

    private static void writeInChunks(ObjectUploadStream stream, byte[] bytes) throws Exception {
        for (int offset = 0; offset < bytes.length; offset += 7777) {
            stream.write(bytes, offset, Math.min(7777, bytes.length - offset));
        }
    }

    @Test
    void smallObjectIsOnePut() throws Exception {
        byte[] bytes = data(1000);
        try (ObjectUploadStream stream = stream("small")) {
            stream.write(bytes);
        }
        assertArrayEquals(bytes, oss.emulator().objectBytes(EmulatedOss.BUCKET, "small"));
        assertEquals(0, oss.emulator().requestCount(Operation.INITIATE_MULTIPART_UPLOAD));
    }

    @Test
    void largeObjectIsUploadedInParts() throws Exception {
        byte[] bytes = data(PART * 7 + 123);
        try (ObjectUploadStream stream = stream("large")) {
            writeInChunks(stream, bytes);
        }
        assertArrayEquals(bytes, oss.emulator().objectBytes(EmulatedOss.BUCKET, "large"));
        assertEquals(8, oss.emulator().requestCount(Operation.UPLOAD_PART));
        assertTrue(oss.emulator().inProgressUploads(EmulatedOss.BUCKET).isEmpty());
    }

    @Test
    void exactMultipleOfPartSizeHasNoEmptyTrailingPart() throws Exception {
        byte[] bytes = data(PART * 3);
        try (ObjectUploadStream stream = stream("exact")) {
            stream.write(bytes);
        }
        assertArrayEquals(bytes, oss.emulator().objectBytes(EmulatedOss.BUCKET, "exact"));
        assertEquals(3, oss.emulator().requestCount(Operation.UPLOAD_PART));
    }

    @Test
    void objectIsInvisibleUntilClosed() throws Exception {
        ObjectUploadStream stream = stream("pending");
        writeInChunks(stream, data(PART * 3));
        assertFalse(oss.emulator().objectExists(EmulatedOss.BUCKET, "pending"));
        stream.close();
        assertTrue(oss.emulator().objectExists(EmulatedOss.BUCKET, "pending"));
    }

    @Test
    void abortLeavesNoObjectAndNoUpload() throws Exception {
        ObjectUploadStream stream = stream("aborted");
        writeInChunks(stream, data(PART * 4 + 5));
        stream.abort();
        assertFalse(oss.emulator().objectExists(EmulatedOss.BUCKET, "aborted"));
        assertTrue(oss.emulator().inProgressUploads(EmulatedOss.BUCKET).isEmpty());
        assertEquals(budget.totalBytes(), budget.availableBytes());
    }

    @Test
    void transientErrorsAreRetriedToIdenticalBytes() throws Exception {
        oss.emulator().faults().failRate(Operation.ANY, 503, 0.1, 42);
        byte[] bytes = data(PART * 20 + 17);
        try (ObjectUploadStream stream = stream("faulty")) {
            writeInChunks(stream, bytes);
        }
        oss.emulator().faults().clear();
        assertArrayEquals(bytes, oss.emulator().objectBytes(EmulatedOss.BUCKET, "faulty"));
        assertTrue(oss.emulator().inProgressUploads(EmulatedOss.BUCKET).isEmpty());
    }

    @Test
    void persistentPartFailureFailsCloseAndAbortCleansUp() throws Exception {
        oss.emulator().faults().failRate(Operation.UPLOAD_PART, 503, 1.0, 1);
        ObjectUploadStream stream = stream("broken");
        Exception failure = null;
        try {
            writeInChunks(stream, data(PART * 4));
            stream.close();
        } catch (Exception e) {
            failure = e;
        }
        assertTrue(failure != null);
        oss.emulator().faults().clear();
        stream.abort();
        assertFalse(oss.emulator().objectExists(EmulatedOss.BUCKET, "broken"));
        assertTrue(oss.emulator().inProgressUploads(EmulatedOss.BUCKET).isEmpty());
        assertEquals(budget.totalBytes(), budget.availableBytes());
    }

    @Test
    void partRefusedAfterAnEarlierPartFailedReturnsItsMemory() throws Exception {
        oss.emulator().faults().failRate(Operation.UPLOAD_PART, 503, 1.0, 1);
        // One part in flight: the third full part is submitted only after the first has failed for good.
        ObjectUploadStream stream = new ObjectUploadStream(gateway, "refused", PART, budget, executor, 1);
        assertThrows(IOException.class, () -> writeInChunks(stream, data(PART * 3)));
        oss.emulator().faults().clear();
        stream.abort();
        assertEquals(budget.totalBytes(), budget.availableBytes());
    }

    @Test
    void failedSinglePutReturnsItsMemory() throws Exception {
        oss.emulator().faults().failRate(Operation.PUT_OBJECT, 503, 1.0, 1);
        ObjectUploadStream stream = stream("small-broken");
        stream.write(data(1000));
        assertThrows(IOException.class, stream::close);
        oss.emulator().faults().clear();
        stream.abort();
        assertFalse(oss.emulator().objectExists(EmulatedOss.BUCKET, "small-broken"));
        assertEquals(budget.totalBytes(), budget.availableBytes());
    }

    @Test
    void exitHookAbortsUploadsStillOpen() throws Exception {
        ObjectUploadStream stream = stream("open-at-exit");
        writeInChunks(stream, data(PART * 3 + 1));
        assertEquals(1, oss.emulator().inProgressUploads(EmulatedOss.BUCKET).size());
        InFlightUploads.abortAll();
        assertTrue(oss.emulator().inProgressUploads(EmulatedOss.BUCKET).isEmpty());
        assertEquals(0, InFlightUploads.openCount());
        stream.abort();
    }

    @Test
    void completedUploadsAreForgotten() throws Exception {
        int before = InFlightUploads.openCount();
        try (ObjectUploadStream stream = stream("done")) {
            writeInChunks(stream, data(PART * 2 + 1));
        }
        assertEquals(before, InFlightUploads.openCount());
    }
}
