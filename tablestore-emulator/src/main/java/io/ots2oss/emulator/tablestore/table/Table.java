package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.stream.TableStream;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One table: schema, options, rows (sorted by primary key) and its change stream when enabled.
 * Every write (and every shard split or merge) holds {@link #writeLock()}, which keeps the row state
 * and the stream order consistent; reads are lock-free.
 */
public final class Table {
    private final OtsInternalApi.TableMeta meta;
    private final List<PrimaryKeyType> keyTypes;
    private final long creationTimeSeconds;
    private final int shardCount;
    private final String streamName;
    private final RowStore rows;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile OtsInternalApi.TableOptions options;
    private volatile TableStream stream;
    private volatile List<String> streamColumns = List.of();
    private volatile long streamEnableTimeMicros;
    private int streamGeneration;

    Table(OtsInternalApi.TableMeta meta, OtsInternalApi.TableOptions options, long creationTimeSeconds, int shardCount, boolean keepRows) {
        this(meta, options, creationTimeSeconds, shardCount, keepRows, meta.getTableName());
    }

    /** @param streamName the name its stream is listed under: the time-series table's for the hidden data table behind one */
    Table(OtsInternalApi.TableMeta meta, OtsInternalApi.TableOptions options, long creationTimeSeconds, int shardCount,
          boolean keepRows, String streamName) {
        this.streamName = streamName;
        this.rows = new RowStore(keepRows);
        this.meta = meta;
        this.options = options;
        this.creationTimeSeconds = creationTimeSeconds;
        this.shardCount = shardCount;
        this.keyTypes = meta.getPrimaryKeyList().stream().map(Table::keyType).toList();
    }

    private static PrimaryKeyType keyType(OtsInternalApi.PrimaryKeySchema schema) {
        switch (schema.getType()) {
            case INTEGER: return PrimaryKeyType.INTEGER;
            case STRING: return PrimaryKeyType.STRING;
            case BINARY: return PrimaryKeyType.BINARY;
            default: throw OtsError.invalidParameter("Unsupported primary key type: " + schema.getType() + ".");
        }
    }

    public String name() {
        return meta.getTableName();
    }

    /** True for the hidden {@code <name>#timeseries} table that holds a time-series table's data. */
    public boolean holdsTimeseriesData() {
        return !streamName.equals(name());
    }

    public OtsInternalApi.TableMeta meta() {
        return meta;
    }

    public long creationTimeSeconds() {
        return creationTimeSeconds;
    }

    public OtsInternalApi.TableOptions options() {
        return options;
    }

    void setOptions(OtsInternalApi.TableOptions options) {
        this.options = options;
    }

    public int maxVersions() {
        return options.getMaxVersions();
    }

    /** Versions older than this (ms) are expired by the table's time to live. */
    public long ttlCutoffMillis(long nowMillis) {
        int ttl = options.getTimeToLive();
        return ttl <= 0 ? Long.MIN_VALUE : nowMillis - ttl * 1000L;
    }

    public RowStore rows() {
        return rows;
    }

    public ReentrantLock writeLock() {
        return writeLock;
    }

    /** The enabled stream, or null. */
    public TableStream stream() {
        return stream;
    }

    public List<String> streamColumns() {
        return streamColumns;
    }

    public long streamEnableTimeMicros() {
        return streamEnableTimeMicros;
    }

    /** Enables a fresh stream (new id and shards), or only updates the retention if one is enabled. Caller holds the write lock. */
    void enableStream(int expirationHours, List<String> columns, long nowMicros) {
        if (stream != null) {
            stream.setExpirationHours(expirationHours);
            return;
        }
        streamGeneration++;
        streamColumns = List.copyOf(columns);
        streamEnableTimeMicros = nowMicros;
        stream = new TableStream(streamName, streamGeneration, expirationHours, shardCount, nowMicros, holdsTimeseriesData());
    }

    void disableStream() {
        stream = null;
    }

    /** Rejects a key whose columns do not match the schema in names, order and types (INF_MIN/INF_MAX allowed when {@code bounds}). */
    public void checkPrimaryKey(PrimaryKey pk, boolean bounds) {
        PrimaryKeyColumn[] columns = pk.getPrimaryKeyColumns();
        if (columns.length != keyTypes.size()) {
            throw OtsError.invalidPrimaryKey();
        }
        for (int i = 0; i < columns.length; i++) {
            if (!columns[i].getName().equals(meta.getPrimaryKey(i).getName())) {
                throw OtsError.invalidPrimaryKey();
            }
            boolean infinite = columns[i].getValue().isInfMin() || columns[i].getValue().isInfMax();
            if (infinite ? !bounds : columns[i].getValue().getType() != keyTypes.get(i)) {
                throw OtsError.invalidPrimaryKey();
            }
        }
    }
}
