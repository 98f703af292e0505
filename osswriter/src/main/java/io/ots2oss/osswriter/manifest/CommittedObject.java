package io.ots2oss.osswriter.manifest;

/** One object a task committed: its key, its size in bytes and the records in it. */
public final class CommittedObject {
    private final String key;
    private final long bytes;
    private final long records;

    public CommittedObject(String key, long bytes, long records) {
        this.key = key;
        this.bytes = bytes;
        this.records = records;
    }

    public String key() {
        return key;
    }

    public long bytes() {
        return bytes;
    }

    public long records() {
        return records;
    }
}
