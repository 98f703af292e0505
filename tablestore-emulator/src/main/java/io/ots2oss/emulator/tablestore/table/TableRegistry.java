package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.stream.Shard;
import io.ots2oss.emulator.tablestore.stream.TableStream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** All tables of the instance, plus the per-table shard counts configured before creation. */
public final class TableRegistry {
    /** Stream retention when CreateTable/UpdateTable does not give one (the service's documented default). */
    public static final int DEFAULT_EXPIRATION_HOURS = 168;

    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    /** Time-series table name → the hidden {@code <name>#timeseries} table holding its data (also in {@link #tables}). */
    private final Map<String, Table> timeseriesTables = new ConcurrentHashMap<>();
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
        synchronized (timeseriesTables) {
            if (timeseriesTables.containsKey(meta.getTableName()) || tables.putIfAbsent(meta.getTableName(), table) != null) {
                throw OtsError.tableExists();
            }
        }
        if (streamSpec != null && streamSpec.getEnableStream()) {
            updateStream(table, streamSpec);
        }
        return table;
    }

    /**
     * Creates the hidden data table {@code <name>#timeseries} of a time-series table, with its stream enabled (the
     * service always streams time-series tables). The stream is listed under {@code name}.
     */
    public Table createTimeseries(String name, OtsInternalApi.TableMeta hiddenMeta, OtsInternalApi.TableOptions options) {
        int shards = shardCounts.getOrDefault(name, defaultShardCount);
        Table table = new Table(hiddenMeta, options, clock.nowMillis() / 1000, shards, true, name);
        synchronized (timeseriesTables) {
            if (tables.containsKey(name) || timeseriesTables.containsKey(name) || tables.containsKey(hiddenMeta.getTableName())) {
                throw OtsError.tableExists();
            }
            tables.put(hiddenMeta.getTableName(), table);
            timeseriesTables.put(name, table);
        }
        updateStream(table, OtsInternalApi.StreamSpecification.newBuilder().setEnableStream(true).build());
        return table;
    }

    /** The hidden data table of the time-series table {@code name}, or {@code OTSObjectNotExist}. */
    public Table getTimeseries(String name) {
        Table table = timeseriesTables.get(name);
        if (table == null) {
            throw OtsError.tableNotFound();
        }
        return table;
    }

    public List<String> timeseriesNames() {
        List<String> names = new ArrayList<>(timeseriesTables.keySet());
        names.sort(null);
        return names;
    }

    public void deleteTimeseries(String name) {
        synchronized (timeseriesTables) {
            Table table = timeseriesTables.remove(name);
            if (table == null) {
                throw OtsError.tableNotFound();
            }
            tables.remove(table.name());
        }
    }

    /** The table whose stream is listed under {@code name}: a wide table, or the data table of a time-series table. */
    public Table streamOwner(String name) {
        Table table = tables.get(name);
        if (table == null) {
            table = timeseriesTables.get(name);
        }
        if (table == null) {
            throw OtsError.tableNotFound();
        }
        return table;
    }

    /** Every enabled stream, ordered by the table name it is listed under. */
    public List<TableStream> streams() {
        List<TableStream> streams = new ArrayList<>();
        for (Table table : tables.values()) {
            if (table.stream() != null) {
                streams.add(table.stream());
            }
        }
        streams.sort(Comparator.comparing(TableStream::tableName));
        return streams;
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

    /** Wide tables only: the data tables behind time-series tables are not listed. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        tables.forEach((name, table) -> {
            if (!table.holdsTimeseriesData()) {
                names.add(name);
            }
        });
        names.sort(null);
        return names;
    }

    public void delete(String name) {
        Table table = tables.get(name);
        if (table == null || table.holdsTimeseriesData() || !tables.remove(name, table)) {
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
        TableStream stream = streamOfShard(shardId);
        return stream == null ? null : stream.shard(shardId);
    }

    /** The stream that owns a shard id, or null. Shard ids start with the name the stream is listed under. */
    public TableStream streamOfShard(String shardId) {
        int dash = shardId.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String listedName = shardId.substring(0, dash);
        Table table = tables.get(listedName);
        if (table == null) {
            table = timeseriesTables.get(listedName);
        }
        return table == null ? null : table.stream();
    }
}
