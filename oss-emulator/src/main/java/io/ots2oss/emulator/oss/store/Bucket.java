package io.ots2oss.emulator.oss.store;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A bucket: visible objects in key order, and the uploads in progress by upload id. */
public final class Bucket {
    private final String name;
    private final Instant created;
    private volatile String acl;
    private final ConcurrentSkipListMap<String, StoredObject> objects = new ConcurrentSkipListMap<>(KeyOrder.UTF8);
    private final ConcurrentHashMap<String, MultipartUpload> uploads = new ConcurrentHashMap<>();

    public Bucket(String name, Instant created, String acl) {
        this.name = name;
        this.created = created;
        this.acl = acl;
    }

    public String name() {
        return name;
    }

    public Instant created() {
        return created;
    }

    public String acl() {
        return acl;
    }

    public void acl(String newAcl) {
        this.acl = newAcl;
    }

    public ConcurrentNavigableMap<String, StoredObject> objects() {
        return objects;
    }

    public ConcurrentHashMap<String, MultipartUpload> uploads() {
        return uploads;
    }

    public boolean isEmpty() {
        return objects.isEmpty() && uploads.isEmpty();
    }

    /** Stores {@code object}, freeing whatever it replaces. */
    public void put(StoredObject object) {
        StoredObject previous = objects.put(object.key(), object);
        if (previous != null) {
            previous.content().release();
        }
    }

    public void remove(String key) {
        StoredObject previous = objects.remove(key);
        if (previous != null) {
            previous.content().release();
        }
    }
}
