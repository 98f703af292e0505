package io.ots2oss.emulator.oss.store;

import io.ots2oss.emulator.oss.Storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

public final class MemoryStorage implements Storage {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    @Override
    public BlobWriter newWriter(long sizeHint) {
        return new Writer(sizeHint);
    }

    @Override
    public boolean keepsContent() {
        return true;
    }

    @Override
    public String toString() {
        return "memory";
    }

    private static final class Writer implements BlobWriter {
        private byte[] buffer;
        private int length;

        Writer(long sizeHint) {
            int initial = sizeHint >= 0 ? (int) Math.min(sizeHint, 64L << 20) : 8192;
            buffer = new byte[initial];
        }

        @Override
        public void write(byte[] data, int offset, int count) throws IOException {
            long needed = (long) length + count;
            if (needed > MAX_ARRAY) {
                throw new IOException("memory storage holds at most 2 GiB per body; use disk storage");
            }
            if (needed > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_ARRAY, Math.max(needed, buffer.length * 2L)));
            }
            System.arraycopy(data, offset, buffer, length, count);
            length += count;
        }

        @Override
        public Blob finish() {
            return new ArrayBlob(buffer, length);
        }

        @Override
        public void abort() {
            buffer = null;
        }
    }

    static final class ArrayBlob extends Blob {
        private final byte[] data;
        private final int length;

        ArrayBlob(byte[] data, int length) {
            this.data = data;
            this.length = length;
        }

        @Override
        public long size() {
            return length;
        }

        @Override
        public InputStream open(long offset, long count) {
            return new ByteArrayInputStream(data, (int) offset, (int) count);
        }
    }
}
