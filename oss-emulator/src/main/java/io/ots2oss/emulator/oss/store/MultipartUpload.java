package io.ots2oss.emulator.oss.store;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** An initiated, not yet completed or aborted upload; its parts are invisible to GET and LIST. */
public final class MultipartUpload {
    private final String uploadId;
    private final String key;
    private final Instant initiated;
    private final ObjectAttributes attributes;
    private final ConcurrentSkipListMap<Integer, Part> parts = new ConcurrentSkipListMap<>();

    public MultipartUpload(String uploadId, String key, Instant initiated, ObjectAttributes attributes) {
        this.uploadId = uploadId;
        this.key = key;
        this.initiated = initiated;
        this.attributes = attributes;
    }

    public String uploadId() {
        return uploadId;
    }

    public String key() {
        return key;
    }

    public Instant initiated() {
        return initiated;
    }

    public ObjectAttributes attributes() {
        return attributes;
    }

    /** Re-uploading a part number replaces the earlier part. */
    public void putPart(Part part) {
        Part previous = parts.put(part.number(), part);
        if (previous != null) {
            previous.blob().release();
        }
    }

    public NavigableMap<Integer, Part> parts() {
        return parts;
    }

    public void releaseAll() {
        parts.values().forEach(p -> p.blob().release());
        parts.clear();
    }
}
