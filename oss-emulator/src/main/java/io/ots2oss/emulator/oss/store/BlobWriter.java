package io.ots2oss.emulator.oss.store;

import java.io.IOException;

/** Receives a body as it streams in; {@link #finish()} turns it into a {@link Blob}. */
public interface BlobWriter {
    void write(byte[] data, int offset, int length) throws IOException;

    Blob finish() throws IOException;

    /** Drops whatever was written (the request failed midway). */
    void abort();
}
