package io.ots2oss.osswriter.upload;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.ots2oss.common.memory.MemoryBudget;

/**
 * A part being filled, held as a chain of fixed-size chunks taken as the part grows: tiny objects do not allocate
 * whole parts, and no byte is ever copied again once written (unlike a doubling array). Uploads read it through
 * {@link #newStream()}, one fresh stream per attempt.
 */
public final class PartBuffer {
    static final int CHUNK_SIZE = 64 * 1024;

    private final int capacity;
    private final MemoryBudget.Reservation reservation;
    private final List<byte[]> chunks = new ArrayList<byte[]>();
    private int length;

    PartBuffer(int capacity, MemoryBudget.Reservation reservation) {
        this.capacity = capacity;
        this.reservation = reservation;
    }

    /** Copies as much as fits; returns how many bytes were taken. */
    int append(byte[] source, int offset, int count) {
        int taken = Math.min(count, capacity - length);
        int done = 0;
        while (done < taken) {
            int inChunk = length % CHUNK_SIZE;
            if (inChunk == 0) {
                chunks.add(new byte[Math.min(CHUNK_SIZE, capacity - length)]);
            }
            byte[] chunk = chunks.get(chunks.size() - 1);
            int n = Math.min(taken - done, chunk.length - inChunk);
            System.arraycopy(source, offset + done, chunk, inChunk, n);
            done += n;
            length += n;
        }
        return taken;
    }

    boolean isFull() {
        return length == capacity;
    }

    public int length() {
        return length;
    }

    /** A stream over the bytes held (mark and reset supported, as the OSS SDK wants for its own retries). */
    public InputStream newStream() {
        return new ChunkStream(chunks, length);
    }

    void release() {
        chunks.clear();
        reservation.release();
    }

    private static final class ChunkStream extends InputStream {
        private final List<byte[]> chunks;
        private final int length;
        private int position;
        private int mark;

        ChunkStream(List<byte[]> chunks, int length) {
            this.chunks = chunks;
            this.length = length;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            int b = chunks.get(position / CHUNK_SIZE)[position % CHUNK_SIZE] & 0xff;
            position++;
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int count) {
            if (count == 0) {
                return 0;
            }
            if (position >= length) {
                return -1;
            }
            int n = Math.min(count, length - position);
            int done = 0;
            while (done < n) {
                int inChunk = position % CHUNK_SIZE;
                int step = Math.min(n - done, CHUNK_SIZE - inChunk);
                System.arraycopy(chunks.get(position / CHUNK_SIZE), inChunk, target, offset + done, step);
                done += step;
                position += step;
            }
            return n;
        }

        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, length - position));
            position += (int) skipped;
            return skipped;
        }

        @Override
        public int available() {
            return length - position;
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public synchronized void mark(int readLimit) {
            mark = position;
        }

        @Override
        public synchronized void reset() {
            position = mark;
        }
    }
}
