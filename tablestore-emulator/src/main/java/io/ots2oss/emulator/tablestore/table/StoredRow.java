package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An immutable stored row: column name → versions (timestamp ms, newest first). Writers build a new
 * instance and swap it into the table, so readers never see a half-applied change.
 */
public final class StoredRow {
    private final PrimaryKey primaryKey;
    private final NavigableMap<String, NavigableMap<Long, ColumnValue>> columns;

    StoredRow(PrimaryKey primaryKey, NavigableMap<String, NavigableMap<Long, ColumnValue>> columns) {
        this.primaryKey = primaryKey;
        this.columns = columns;
    }

    static StoredRow empty(PrimaryKey pk) {
        return new StoredRow(pk, new TreeMap<>());
    }

    public PrimaryKey primaryKey() {
        return primaryKey;
    }

    public Map<String, NavigableMap<Long, ColumnValue>> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** True when some column keeps a version newer than {@code ttlCutoffMillis}, or the row has no columns at all. */
    boolean isVisible(long ttlCutoffMillis) {
        if (columns.isEmpty()) {
            return true;
        }
        for (NavigableMap<Long, ColumnValue> versions : columns.values()) {
            if (versions.firstKey() >= ttlCutoffMillis) {
                return true;
            }
        }
        return false;
    }

    /** A mutable deep copy to apply a change to. */
    Builder toBuilder() {
        Builder builder = new Builder(primaryKey);
        columns.forEach((name, versions) -> builder.columns.put(name, copyVersions(versions)));
        return builder;
    }

    private static NavigableMap<Long, ColumnValue> copyVersions(NavigableMap<Long, ColumnValue> versions) {
        NavigableMap<Long, ColumnValue> copy = new TreeMap<>(Comparator.reverseOrder());
        copy.putAll(versions);
        return copy;
    }

    static final class Builder {
        private final PrimaryKey primaryKey;
        private final NavigableMap<String, NavigableMap<Long, ColumnValue>> columns = new TreeMap<>();

        Builder(PrimaryKey primaryKey) {
            this.primaryKey = primaryKey;
        }

        void put(String name, long timestamp, ColumnValue value) {
            columns.computeIfAbsent(name, n -> new TreeMap<>(Comparator.reverseOrder())).put(timestamp, value);
        }

        void deleteVersion(String name, long timestamp) {
            NavigableMap<Long, ColumnValue> versions = columns.get(name);
            if (versions != null) {
                versions.remove(timestamp);
                if (versions.isEmpty()) {
                    columns.remove(name);
                }
            }
        }

        void deleteColumn(String name) {
            columns.remove(name);
        }

        ColumnValue latest(String name) {
            NavigableMap<Long, ColumnValue> versions = columns.get(name);
            return versions == null || versions.isEmpty() ? null : versions.firstEntry().getValue();
        }

        boolean hasColumns() {
            return !columns.isEmpty();
        }

        StoredRow build(int maxVersions) {
            for (NavigableMap<Long, ColumnValue> versions : columns.values()) {
                while (versions.size() > maxVersions) {
                    versions.pollLastEntry();
                }
            }
            return new StoredRow(primaryKey, columns);
        }
    }
}
