package io.ots2oss.emulator.oss.store;

import io.ots2oss.emulator.oss.Storage;

import java.io.InputStream;

/** Counts bytes and forgets them: checksums are computed upstream, so nothing else is needed. */
public final class DiscardStorage implements Storage {

    @Override
    public BlobWriter newWriter(long sizeHint) {
        return new BlobWriter() {
            private long size;

            @Override
            public void write(byte[] data, int offset, int length) {
                size += length;
            }

            @Override
            public Blob finish() {
                return new SizeOnlyBlob(size);
            }

            @Override
            public void abort() {
            }
        };
    }

    @Override
    public boolean keepsContent() {
        return false;
    }

    @Override
    public String toString() {
        return "discard";
    }

    private static final class SizeOnlyBlob extends Blob {
        private final long size;

        SizeOnlyBlob(long size) {
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public InputStream open(long offset, long length) {
            throw new UnsupportedOperationException("discard storage keeps no content");
        }
    }
}
