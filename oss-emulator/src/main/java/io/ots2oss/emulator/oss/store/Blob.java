package io.ots2oss.emulator.oss.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Immutable stored bytes (an object body, a part, or one append). Reference counted because copies,
 * appends and completed uploads share blobs instead of copying them; the last release frees the space.
 */
public abstract class Blob {
    private final AtomicInteger references = new AtomicInteger(1);

    public abstract long size();

    /** Reads {@code length} bytes starting at {@code offset}. */
    public abstract InputStream open(long offset, long length) throws IOException;

    public final Blob retain() {
        references.incrementAndGet();
        return this;
    }

    public final void release() {
        if (references.decrementAndGet() == 0) {
            free();
        }
    }

    protected void free() {
    }
}
