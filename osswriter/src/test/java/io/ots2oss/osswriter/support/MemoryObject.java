package io.ots2oss.osswriter.support;

import java.io.ByteArrayOutputStream;

import io.ots2oss.osswriter.upload.BytesCounter;

/** An in-memory object stream for format tests. */
public final class MemoryObject extends ByteArrayOutputStream implements BytesCounter {
    private boolean closed;

    @Override
    public long bytesWritten() {
        return size();
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean closed() {
        return closed;
    }
}
