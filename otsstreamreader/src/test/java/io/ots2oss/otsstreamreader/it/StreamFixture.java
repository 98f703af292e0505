package io.ots2oss.otsstreamreader.it;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.*;
import io.ots2oss.emulator.tablestore.TablestoreEmulator;
import io.ots2oss.otsstreamreader.client.ReaderRetryStrategy;

import com.alicloud.openservices.tablestore.model.timeseries.CreateTimeseriesTableRequest;
import com.alicloud.openservices.tablestore.model.timeseries.PutTimeseriesDataRequest;
import com.alicloud.openservices.tablestore.model.timeseries.TimeseriesKey;
import com.alicloud.openservices.tablestore.model.timeseries.TimeseriesRow;

import java.util.Arrays;
import java.util.Map;

/** A Tablestore emulator plus an SDK client that writes the changes the tests then export. */
final class StreamFixture implements AutoCloseable {
    static final String ACCESS_ID = "test-akid";
    static final String ACCESS_KEY = "Sup3r-S3cret-Key-do-not-log";

    final TablestoreEmulator emulator;
    final SyncClient client;

    StreamFixture() {
        emulator = TablestoreEmulator.builder().instance("itinst").credentials(ACCESS_ID, ACCESS_KEY).start();
        ClientConfiguration conf = new ClientConfiguration();
        // The reader's own strategy: it also retries a call whose connection the server closed, which the SDK's default
        // does not for CreateTable (the JDK server behind the emulator now and then closes a kept-alive connection).
        conf.setRetryStrategy(new ReaderRetryStrategy(5, 50, 1_000));
        client = new SyncClient(emulator.endpoint(), ACCESS_ID, ACCESS_KEY, emulator.instanceName(), conf);
    }

    /** Creates a table with primary key (id INTEGER) and an enabled stream of the given shard count. */
    void createTable(String name, int shards) {
        emulator.shardCount(name, shards);
        TableMeta meta = new TableMeta(name);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        CreateTableRequest request = new CreateTableRequest(meta, new TableOptions(-1, 1));
        request.setStreamSpecification(new StreamSpecification(true, 24));
        client.createTable(request);
    }

    void createTableWithoutStream(String name) {
        TableMeta meta = new TableMeta(name);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        client.createTable(new CreateTableRequest(meta, new TableOptions(-1, 1)));
    }

    void createTableWithKeys(String name, PrimaryKeySchema... keys) {
        TableMeta meta = new TableMeta(name);
        meta.addPrimaryKeyColumns(Arrays.asList(keys));
        client.createTable(new CreateTableRequest(meta, new TableOptions(-1, 1)));
    }

    /** Creates a time-series table (its stream is always on) whose stream starts with the given shard count. */
    void createTimeseriesTable(String name, int shards) {
        emulator.shardCount(name, shards);
        client.asTimeseriesClient().createTimeseriesTable(new CreateTimeseriesTableRequest(new TimeseriesTableMeta(name)));
    }

    /** Writes one point; {@code nameValues} are field name / value pairs (values as for {@link #value}). */
    void putPoint(String table, String measurement, String dataSource, Map<String, String> tags, long timeMicros,
                  Object... nameValues) {
        TimeseriesRow row = new TimeseriesRow(new TimeseriesKey(measurement, dataSource, tags), timeMicros);
        for (int i = 0; i < nameValues.length; i += 2) {
            row.addField((String) nameValues[i], value(nameValues[i + 1]));
        }
        PutTimeseriesDataRequest request = new PutTimeseriesDataRequest(table);
        request.addRow(row);
        if (!client.asTimeseriesClient().putTimeseriesData(request).isAllSuccess()) {
            throw new IllegalStateException("point not written: " + row);
        }
    }

    /** Freezes the emulator clock so the next change carries exactly this stream time. */
    void at(long millis) {
        emulator.clock().freezeAt(millis);
    }

    static PrimaryKey pk(long id) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(id)).build();
    }

    /** A status-table key written by hand, exactly as upstream's CheckpointTimeTracker builds it. */
    static PrimaryKey statusKey(String streamId, String type, String value) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("StreamId", PrimaryKeyValue.fromString(streamId))
                .addPrimaryKeyColumn("StatusType", PrimaryKeyValue.fromString(type))
                .addPrimaryKeyColumn("StatusValue", PrimaryKeyValue.fromString(value))
                .build();
    }

    void put(String table, long id, Object... nameValues) {
        RowPutChange change = new RowPutChange(table, pk(id));
        for (int i = 0; i < nameValues.length; i += 2) {
            change.addColumn((String) nameValues[i], value(nameValues[i + 1]));
        }
        client.putRow(new PutRowRequest(change));
    }

    void update(String table, long id, Object... nameValues) {
        RowUpdateChange change = new RowUpdateChange(table, pk(id));
        for (int i = 0; i < nameValues.length; i += 2) {
            change.put((String) nameValues[i], value(nameValues[i + 1]));
        }
        client.updateRow(new UpdateRowRequest(change));
    }

    void deleteRow(String table, long id) {
        client.deleteRow(new DeleteRowRequest(new RowDeleteChange(table, pk(id))));
    }

    static ColumnValue value(Object v) {
        if (v instanceof ColumnValue) {
            return (ColumnValue) v;
        }
        if (v instanceof String) {
            return ColumnValue.fromString((String) v);
        }
        if (v instanceof Long || v instanceof Integer) {
            return ColumnValue.fromLong(((Number) v).longValue());
        }
        if (v instanceof Double) {
            return ColumnValue.fromDouble((Double) v);
        }
        if (v instanceof Boolean) {
            return ColumnValue.fromBoolean((Boolean) v);
        }
        if (v instanceof byte[]) {
            return ColumnValue.fromBinary((byte[]) v);
        }
        throw new IllegalArgumentException("unsupported value " + v);
    }

    @Override
    public void close() {
        client.shutdown();
        emulator.close();
    }
}
