package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.stream.Shard;
import io.ots2oss.emulator.tablestore.stream.TableStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** All tables of the instance, plus the per-table shard counts configured before creation. */
public final class TableRegistry {
    /** Stream retention when CreateTable/UpdateTable does not give one (the service's documented default). */
    public static final int DEFAULT_EXPIRATION_HOURS = 168;

    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private final Map<String, Integer> shardCounts = new ConcurrentHashMap<>();
    private final Set<String> streamOnlyTables = ConcurrentHashMap.newKeySet();
    private final int defaultShardCount;
    private final EmulatorClock clock;

    public TableRegistry(int defaultShardCount, EmulatorClock clock) {
        this.defaultShardCount = defaultShardCount;
        this.clock = clock;
    }

    public EmulatorClock clock() {
        return clock;
    }

    public void setShardCount(String tableName, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("shard count must be at least 1: " + shards);
        }
        shardCounts.put(tableName, shards);
    }

    /** The table, once created, keeps no rows: writes only produce stream records (for big benchmarks). */
    public void setStreamOnly(String tableName) {
        streamOnlyTables.add(tableName);
    }

    public Table create(OtsInternalApi.TableMeta meta, OtsInternalApi.TableOptions options, OtsInternalApi.StreamSpecification streamSpec) {
        int shards = shardCounts.getOrDefault(meta.getTableName(), defaultShardCount);
        Table table = new Table(meta, options, clock.nowMillis() / 1000, shards, !streamOnlyTables.contains(meta.getTableName()));
        if (tables.putIfAbsent(meta.getTableName(), table) != null) {
            throw OtsError.tableExists();
        }
        if (streamSpec != null && streamSpec.getEnableStream()) {
            updateStream(table, streamSpec);
        }
        return table;
    }

    public Table get(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw OtsError.tableNotFound();
        }
        return table;
    }

    public Table find(String name) {
        return tables.get(name);
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(tables.keySet());
        names.sort(null);
        return names;
    }

    public void delete(String name) {
        if (tables.remove(name) == null) {
            throw OtsError.tableNotFound();
        }
    }

    public void updateOptions(Table table, OtsInternalApi.TableOptions changes) {
        table.writeLock().lock();
        try {
            table.setOptions(table.options().toBuilder().mergeFrom(changes).build());
        } finally {
            table.writeLock().unlock();
        }
    }

    public void updateStream(Table table, OtsInternalApi.StreamSpecification spec) {
        table.writeLock().lock();
        try {
            if (spec.getEnableStream()) {
                int hours = spec.hasExpirationTime() && spec.getExpirationTime() > 0 ? spec.getExpirationTime() : DEFAULT_EXPIRATION_HOURS;
                table.enableStream(hours, spec.getColumnsToGetList(), clock.nowMicros());
            } else {
                table.disableStream();
            }
        } finally {
            table.writeLock().unlock();
        }
    }

    /** The enabled stream with this id, or {@code OTSObjectNotExist}. */
    public TableStream streamById(String streamId) {
        for (Table table : tables.values()) {
            TableStream stream = table.stream();
            if (stream != null && stream.streamId().equals(streamId)) {
                return stream;
            }
        }
        throw new OtsError(404, "OTSObjectNotExist", "Requested stream data does not exist.");
    }

    /** The shard with this id in a currently enabled stream, or null. Shard ids start with their table name. */
    public Shard shardById(String shardId) {
        int dash = shardId.indexOf('-');
        Table table = dash < 0 ? null : tables.get(shardId.substring(0, dash));
        TableStream stream = table == null ? null : table.stream();
        return stream == null ? null : stream.shard(shardId);
    }

    /** The stream that owns a shard id, or null. */
    public TableStream streamOfShard(String shardId) {
        int dash = shardId.indexOf('-');
        Table table = dash < 0 ? null : tables.get(shardId.substring(0, dash));
        return table == null ? null : table.stream();
    }
}
