package io.ots2oss.osswriter.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.ots2oss.common.memory.MemoryBudget;

class PartBufferTest {
    private static final int CAPACITY = 3 * PartBuffer.CHUNK_SIZE + 1234;

    private final MemoryBudget budget = new MemoryBudget(16L << 20);

    @Test
    void streamsBackEveryByteWrittenAcrossChunkBoundaries() throws Exception {
        PartBuffer buffer = new PartBuffer(CAPACITY, budget.reserve(CAPACITY));
        byte[] written = fill(buffer, 7777);
        assertTrue(buffer.isFull());
        assertArrayEquals(written, readAll(buffer.newStream(), 1000));
        assertArrayEquals(written, readAll(buffer.newStream(), PartBuffer.CHUNK_SIZE + 3));
    }

    @Test
    void takesNoMoreThanItsCapacity() throws Exception {
        PartBuffer buffer = new PartBuffer(CAPACITY, budget.reserve(CAPACITY));
        assertEquals(CAPACITY, buffer.append(new byte[CAPACITY + 10], 0, CAPACITY + 10));
        assertEquals(0, buffer.append(new byte[1], 0, 1));
        assertEquals(CAPACITY, buffer.length());
    }

    @Test
    void aPartlyFilledBufferStreamsOnlyWhatWasWritten() throws Exception {
        PartBuffer buffer = new PartBuffer(CAPACITY, budget.reserve(CAPACITY));
        byte[] some = {1, 2, 3};
        buffer.append(some, 0, 3);
        assertFalse(buffer.isFull());
        assertArrayEquals(some, readAll(buffer.newStream(), 64));
    }

    @Test
    void resetRereadsFromTheMark() throws Exception {
        PartBuffer buffer = new PartBuffer(CAPACITY, budget.reserve(CAPACITY));
        byte[] written = fill(buffer, 5000);
        InputStream in = buffer.newStream();
        assertTrue(in.markSupported());
        in.skip(PartBuffer.CHUNK_SIZE - 2);
        in.mark(Integer.MAX_VALUE);
        byte[] first = new byte[10];
        assertEquals(10, in.read(first));
        in.reset();
        assertEquals(written[PartBuffer.CHUNK_SIZE - 2] & 0xff, in.read());
        assertEquals(CAPACITY - PartBuffer.CHUNK_SIZE + 1, in.available());
    }

    @Test
    void releaseReturnsTheReservation() throws Exception {
        long before = budget.availableBytes();
        PartBuffer buffer = new PartBuffer(CAPACITY, budget.reserve(CAPACITY));
        fill(buffer, 4096);
        buffer.release();
        assertEquals(before, budget.availableBytes());
    }

    private static byte[] fill(PartBuffer buffer, int step) {
        byte[] all = new byte[CAPACITY];
        new Random(42).nextBytes(all);
        for (int offset = 0; offset < CAPACITY; offset += step) {
            assertEquals(Math.min(step, CAPACITY - offset), buffer.append(all, offset, Math.min(step, CAPACITY - offset)));
        }
        return all;
    }

    private static byte[] readAll(InputStream in, int step) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[step];
        int n;
        while ((n = in.read(chunk, 0, step)) > 0) {
            out.write(chunk, 0, n);
        }
        assertEquals(-1, in.read());
        return out.toByteArray();
    }
}
