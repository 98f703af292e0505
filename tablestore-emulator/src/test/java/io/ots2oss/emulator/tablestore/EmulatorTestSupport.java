package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.CreateTableRequest;
import com.alicloud.openservices.tablestore.model.DefaultRetryStrategy;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.ReservedThroughput;
import com.alicloud.openservices.tablestore.model.StreamSpecification;
import com.alicloud.openservices.tablestore.model.TableMeta;
import com.alicloud.openservices.tablestore.model.TableOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.concurrent.TimeUnit;

/** Starts an emulator per test and hands out unmodified SDK clients talking to it over loopback. */
abstract class EmulatorTestSupport {
    protected TablestoreEmulator emulator;
    protected SyncClient client;

    protected TablestoreEmulator.Builder configure(TablestoreEmulator.Builder builder) {
        return builder;
    }

    @BeforeEach
    void startEmulator() {
        emulator = configure(TablestoreEmulator.builder().instance("inst").credentials("akid", "aksecret")).start();
        client = newClient(emulator.accessKeySecret());
    }

    @AfterEach
    void stopEmulator() {
        if (client != null) {
            client.shutdown();
        }
        emulator.close();
    }

    /** A client whose retries give up after 2 s, so expected failures surface quickly. */
    protected SyncClient newClient(String secret) {
        ClientConfiguration config = new ClientConfiguration();
        config.setRetryStrategy(new DefaultRetryStrategy(2, TimeUnit.SECONDS));
        return new SyncClient(emulator.endpoint(), emulator.accessKeyId(), secret, emulator.instanceName(), config);
    }

    protected void createTable(String name, boolean stream) {
        createTable(name, stream ? 24 : 0);
    }

    /** A table keyed (pk STRING, seq INTEGER); {@code streamHours > 0} enables its stream with that retention. */
    protected void createTable(String name, int streamHours) {
        TableMeta meta = new TableMeta(name);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("pk", PrimaryKeyType.STRING));
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("seq", PrimaryKeyType.INTEGER));
        CreateTableRequest request = new CreateTableRequest(meta, new TableOptions(-1, 1), new ReservedThroughput(0, 0));
        if (streamHours > 0) {
            request.setStreamSpecification(new StreamSpecification(true, streamHours));
        }
        client.createTable(request);
    }

    protected static PrimaryKey key(String pk, long seq) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("pk", PrimaryKeyValue.fromString(pk))
                .addPrimaryKeyColumn("seq", PrimaryKeyValue.fromLong(seq))
                .build();
    }
}
