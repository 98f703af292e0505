package io.ots2oss.emulator.oss.store;

import io.ots2oss.emulator.oss.checksum.ContentDigest;

import java.time.Instant;

/** One visible object. Immutable: writes replace the whole entry. */
public final class StoredObject {
    private final String key;
    private final ObjectType type;
    private final ObjectContent content;
    private final String etag;
    private final long crc64;
    private final ObjectAttributes attributes;
    private final Instant lastModified;
    /** Running digest of an appendable object, so the next append does not re-read the content. */
    private final ContentDigest appendDigest;

    public StoredObject(String key, ObjectType type, ObjectContent content, String etag, long crc64,
                        ObjectAttributes attributes, Instant lastModified, ContentDigest appendDigest) {
        this.key = key;
        this.type = type;
        this.content = content;
        this.etag = etag;
        this.crc64 = crc64;
        this.attributes = attributes;
        this.lastModified = lastModified;
        this.appendDigest = appendDigest;
    }

    public String key() {
        return key;
    }

    public ObjectType type() {
        return type;
    }

    public ObjectContent content() {
        return content;
    }

    public long size() {
        return content.size();
    }

    /** Upper-case hex without quotes. */
    public String etag() {
        return etag;
    }

    public long crc64() {
        return crc64;
    }

    public ObjectAttributes attributes() {
        return attributes;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public ContentDigest appendDigest() {
        return appendDigest;
    }
}
