package io.ots2oss.emulator.oss.store;

import io.ots2oss.emulator.oss.Storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All buckets of one emulator, and the storage their bodies go to. */
public final class ObjectStore {
    private final Storage storage;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ObjectStore(Storage storage) {
        this.storage = storage;
    }

    public Storage storage() {
        return storage;
    }

    /** @return the bucket, newly created or existing */
    public Bucket createBucket(String name, String acl) {
        return buckets.computeIfAbsent(name, n -> new Bucket(n, Instant.now(), acl));
    }

    public Optional<Bucket> bucket(String name) {
        return Optional.ofNullable(buckets.get(name));
    }

    public boolean removeBucket(Bucket bucket) {
        return buckets.remove(bucket.name(), bucket);
    }

    public List<Bucket> bucketsByName() {
        return buckets.values().stream().sorted((a, b) -> KeyOrder.compare(a.name(), b.name())).toList();
    }
}
