package io.ots2oss.emulator.tablestore;

import io.ots2oss.emulator.tablestore.action.BatchActions;
import io.ots2oss.emulator.tablestore.action.RangeActions;
import io.ots2oss.emulator.tablestore.action.RowActions;
import io.ots2oss.emulator.tablestore.action.StreamActions;
import io.ots2oss.emulator.tablestore.action.StreamLimits;
import io.ots2oss.emulator.tablestore.action.TableActions;
import io.ots2oss.emulator.tablestore.action.TimeseriesActions;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.fault.FaultInjector;
import io.ots2oss.emulator.tablestore.http.ActionHandler;
import io.ots2oss.emulator.tablestore.http.Credentials;
import io.ots2oss.emulator.tablestore.http.OtsHttpServer;
import io.ots2oss.emulator.tablestore.stream.TableStream;
import io.ots2oss.emulator.tablestore.table.RowWriter;
import io.ots2oss.emulator.tablestore.table.Table;
import io.ots2oss.emulator.tablestore.table.TableRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A local, in-memory Tablestore instance speaking the real wire protocol, for the unmodified SDK.
 *
 * <pre>{@code
 * try (TablestoreEmulator emu = TablestoreEmulator.builder().instance("inst").credentials("akid", "secret").start()) {
 *     SyncClient client = new SyncClient(emu.endpoint(), emu.accessKeyId(), emu.accessKeySecret(), emu.instanceName());
 * }
 * }</pre>
 */
public final class TablestoreEmulator implements AutoCloseable {
    private final Credentials credentials;
    private final EmulatorClock clock = new EmulatorClock();
    private final FaultInjector faults = new FaultInjector();
    private final TableRegistry registry;
    private final OtsHttpServer server;
    private final String host;

    private TablestoreEmulator(Builder builder) throws IOException {
        this.credentials = new Credentials(builder.instance, builder.accessKeyId, builder.accessKeySecret);
        this.registry = new TableRegistry(builder.defaultShardCount, clock);
        RowWriter writer = new RowWriter(clock);
        Map<String, ActionHandler> actions = new HashMap<>();
        new TableActions(registry).register(actions);
        new RowActions(registry, writer).register(actions);
        new RangeActions(registry).register(actions);
        new BatchActions(registry, writer).register(actions);
        new StreamActions(registry, builder.streamLimits).register(actions);
        new TimeseriesActions(registry, writer).register(actions);
        this.server = new OtsHttpServer(builder.bindAddress, builder.port, builder.threads, credentials, actions, faults);
        this.host = builder.bindAddress.isLoopbackAddress() ? "127.0.0.1" : builder.bindAddress.getHostAddress();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}, what the SDK client takes as endpoint. */
    public String endpoint() {
        return "http://" + host + ":" + server.port();
    }

    public int port() {
        return server.port();
    }

    public String instanceName() {
        return credentials.instanceName();
    }

    public String accessKeyId() {
        return credentials.accessKeyId();
    }

    public String accessKeySecret() {
        return credentials.accessKeySecret();
    }

    /** The emulator's controllable notion of now. */
    public EmulatorClock clock() {
        return clock;
    }

    /** Error, latency and dropped-connection injection. */
    public FaultInjector faults() {
        return faults;
    }

    /**
     * Sets the number of shards the table's stream starts with; call before CreateTable (or before enabling the
     * stream), or before CreateTimeseriesTable for a time-series table.
     */
    public TablestoreEmulator shardCount(String table, int shards) {
        registry.setShardCount(table, shards);
        return this;
    }

    /**
     * Makes a table (call before CreateTable) keep no rows: writes still produce stream records, but
     * reads find nothing and conditions see no row. For benchmarks with tens of millions of distinct rows.
     */
    public TablestoreEmulator streamOnly(String table) {
        registry.setStreamOnly(table);
        return this;
    }

    /** The open shards of the table's stream, ordered by hash range. */
    public List<String> shardIds(String table) {
        return stream(table).openShardIds();
    }

    /** Closes an open shard and opens two children; returns the children's ids. */
    public List<String> splitShard(String table, String shardId) {
        Table t = registry.streamOwner(table);
        t.writeLock().lock();
        try {
            return stream(table).split(shardId, clock.nowMicros());
        } finally {
            t.writeLock().unlock();
        }
    }

    /** Closes two adjacent open shards and opens one child (parent {@code shardA}, parent sibling {@code shardB}); returns its id. */
    public String mergeShards(String table, String shardA, String shardB) {
        Table t = registry.streamOwner(table);
        t.writeLock().lock();
        try {
            return stream(table).merge(shardA, shardB, clock.nowMicros());
        } finally {
            t.writeLock().unlock();
        }
    }

    /** Bytes of stream records held for the table (for memory accounting). */
    public long streamBytes(String table) {
        return stream(table).retainedBytes();
    }

    /** Requests received for an action since start (authenticated or not). */
    public long requestCount(String action) {
        return server.requestCount(action);
    }

    private TableStream stream(String table) {
        TableStream stream = registry.streamOwner(table).stream();
        if (stream == null) {
            throw new IllegalStateException("Table " + table + " has no enabled stream");
        }
        return stream;
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "TablestoreEmulator{" + endpoint() + ", instance=" + instanceName() + "}";
    }

    /** Configures and starts an emulator. */
    public static final class Builder {
        private String instance = "emulator";
        private String accessKeyId = "emulator-akid";
        private String accessKeySecret = "emulator-secret";
        private int defaultShardCount = 1;
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int threads = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
        private StreamLimits streamLimits = StreamLimits.DEFAULT;

        private Builder() {
        }

        public Builder instance(String name) {
            if (!name.matches("[a-zA-Z0-9_-]+")) {
                throw new IllegalArgumentException("instance name must match [a-zA-Z0-9_-]+: " + name);
            }
            this.instance = name;
            return this;
        }

        public Builder credentials(String accessKeyId, String accessKeySecret) {
            this.accessKeyId = accessKeyId;
            this.accessKeySecret = accessKeySecret;
            return this;
        }

        public Builder defaultShardCount(int shards) {
            if (shards < 1) {
                throw new IllegalArgumentException("shard count must be at least 1: " + shards);
            }
            this.defaultShardCount = shards;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Loopback by default. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder streamLimits(StreamLimits limits) {
            this.streamLimits = limits;
            return this;
        }

        public TablestoreEmulator start() {
            try {
                return new TablestoreEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the Tablestore emulator", e);
            }
        }
    }
}
