package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.store.KeyOrder;
import io.ots2oss.emulator.oss.store.StoredObject;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * One page of a key listing: keys after {@code marker} that start with {@code prefix}, with keys
 * that share a delimiter-terminated prefix rolled up into one common prefix (each counts as one entry).
 */
record KeyListing(List<StoredObject> contents, List<String> commonPrefixes, boolean truncated, String nextMarker) {

    static KeyListing page(NavigableMap<String, StoredObject> objects, String prefix, String delimiter,
                           String marker, int maxKeys) {
        String from = prefix;
        boolean inclusive = true;
        if (marker != null && !marker.isEmpty() && KeyOrder.compare(marker, prefix) >= 0) {
            from = marker;
            inclusive = false;
        }
        List<StoredObject> contents = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String last = null;
        boolean truncated = false;
        for (StoredObject object : objects.tailMap(from, inclusive).values()) {
            String key = object.key();
            if (!key.startsWith(prefix)) {
                break; // keys sharing a prefix are contiguous in code point order
            }
            String rolledUp = rollUp(key, prefix, delimiter);
            if (rolledUp != null) {
                boolean alreadyListed = rolledUp.equals(last)
                        || (marker != null && !marker.isEmpty() && KeyOrder.compare(rolledUp, marker) <= 0);
                if (alreadyListed) {
                    continue;
                }
            }
            if (contents.size() + prefixes.size() >= maxKeys) {
                truncated = true;
                break;
            }
            if (rolledUp != null) {
                prefixes.add(rolledUp);
                last = rolledUp;
            } else {
                contents.add(object);
                last = key;
            }
        }
        return new KeyListing(contents, prefixes, truncated, truncated ? last : null);
    }

    private static String rollUp(String key, String prefix, String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return null;
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? null : key.substring(0, at + delimiter.length());
    }
}
