package io.ots2oss.emulator.oss.store;

import java.time.Instant;

/** One uploaded part of a multipart upload. */
public record Part(int number, Blob blob, String etag, byte[] md5, long crc64, Instant lastModified) {
    public long size() {
        return blob.size();
    }
}
