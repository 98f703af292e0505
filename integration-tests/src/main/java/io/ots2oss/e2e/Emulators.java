package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.AlwaysRetryStrategy;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import io.ots2oss.emulator.oss.OssEmulator;
import io.ots2oss.emulator.oss.Storage;
import io.ots2oss.emulator.tablestore.TablestoreEmulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Both emulators on loopback, each on a free port, with one set of credentials, plus SDK clients for seeding and
 * inspecting them. Closing stops everything it started.
 */
public final class Emulators implements Services, AutoCloseable {
    public static final String INSTANCE = "demo-instance";
    public static final String ACCESS_ID = "LTAI5tDemoAccessKeyId";
    /** A realistic-looking secret, so a leak into a log would be caught by searching for it. */
    public static final String ACCESS_KEY = "q8Xz3SecretDemoKey0f9b2c7e1a4d6";

    /** Read once, when the JDK's HttpServer is first used in the JVM. */
    public static final String JDK_HTTP_SERVER_NODELAY = "sun.net.httpserver.nodelay";

    private final TablestoreEmulator tablestore;
    private final OssEmulator oss;
    private final List<AutoCloseable> clients = new ArrayList<>();

    private Emulators(TablestoreEmulator tablestore, OssEmulator oss) {
        this.tablestore = tablestore;
        this.oss = oss;
    }

    /** Tablestore with {@code shards} shards per new stream, OSS keeping objects in memory, with {@code bucket}. */
    public static Emulators start(int shards, String bucket) {
        return start(shards, bucket, Storage.memory());
    }

    public static Emulators start(int shards, String bucket, Storage ossStorage) {
        useNoDelayForJdkHttpServer();
        TablestoreEmulator tablestore = TablestoreEmulator.builder()
                .instance(INSTANCE)
                .credentials(ACCESS_ID, ACCESS_KEY)
                .defaultShardCount(shards)
                .start();
        try {
            OssEmulator oss = OssEmulator.builder()
                    .credentials(ACCESS_ID, ACCESS_KEY)
                    .storage(ossStorage)
                    .bucket(bucket)
                    .start();
            return new Emulators(tablestore, oss);
        } catch (RuntimeException e) {
            tablestore.close();
            throw e;
        }
    }

    /**
     * The Tablestore emulator serves HTTP with the JDK's HttpServer, which leaves Nagle's algorithm on unless this
     * property is set before its first use: small replies then wait for the client's delayed ACK, about 40 ms per
     * GetStreamRecord of 100 records. Real Tablestore has no such stall, so the tests and the quick start turn it off.
     */
    public static void useNoDelayForJdkHttpServer() {
        if (System.getProperty(JDK_HTTP_SERVER_NODELAY) == null) {
            System.setProperty(JDK_HTTP_SERVER_NODELAY, "true");
        }
    }

    public TablestoreEmulator tablestore() {
        return tablestore;
    }

    public OssEmulator oss() {
        return oss;
    }

    /** An SDK client for seeding; it retries what the emulator's injected faults refuse. */
    public SyncClient tablestoreClient() {
        ClientConfiguration configuration = new ClientConfiguration();
        configuration.setRetryStrategy(new AlwaysRetryStrategy(20, 200));
        SyncClient client = new SyncClient(tablestoreEndpoint(), ACCESS_ID, ACCESS_KEY, INSTANCE, configuration);
        clients.add(client::shutdown);
        return client;
    }

    public OSS ossClient() {
        OSS client = new OSSClientBuilder().build(ossEndpoint(), ACCESS_ID, ACCESS_KEY);
        clients.add(client::shutdown);
        return client;
    }

    public BucketView bucket(String bucket) {
        return new BucketView(ossClient(), bucket);
    }

    @Override
    public String tablestoreEndpoint() {
        return tablestore.endpoint();
    }

    @Override
    public String instanceName() {
        return INSTANCE;
    }

    @Override
    public String ossEndpoint() {
        return oss.endpoint();
    }

    @Override
    public String accessId() {
        return ACCESS_ID;
    }

    @Override
    public String accessKey() {
        return ACCESS_KEY;
    }

    @Override
    public void close() {
        for (AutoCloseable client : clients) {
            try {
                client.close();
            } catch (Exception ignored) {
                // best effort: the emulators stop anyway
            }
        }
        try {
            oss.close();
        } finally {
            tablestore.close();
        }
    }
}
