package io.ots2oss.emulator.oss;

import io.ots2oss.emulator.oss.api.Router;
import io.ots2oss.emulator.oss.auth.Credential;
import io.ots2oss.emulator.oss.auth.RequestAuthenticator;
import io.ots2oss.emulator.oss.checksum.ContentDigest;
import io.ots2oss.emulator.oss.http.Addressing;
import io.ots2oss.emulator.oss.http.OssHttpHandler;
import io.ots2oss.emulator.oss.store.Bucket;
import io.ots2oss.emulator.oss.store.ObjectAttributes;
import io.ots2oss.emulator.oss.store.ObjectContent;
import io.ots2oss.emulator.oss.store.ObjectStore;
import io.ots2oss.emulator.oss.store.ObjectType;
import io.ots2oss.emulator.oss.store.StoredObject;
import io.ots2oss.emulator.oss.store.BlobWriter;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A local OSS that the unmodified Aliyun OSS SDK talks to over HTTP: path-style (and optionally
 * virtual-hosted) addressing, V1/V4 signatures, buckets, objects, listings, multipart and append
 * uploads, with injectable faults. Start with {@link #builder()}; {@link #endpoint()} is what the SDK needs.
 */
public final class OssEmulator implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final ObjectStore store;
    private final Faults faults;
    private final OssHttpHandler handler;
    private final String host;

    private OssEmulator(Builder builder) {
        this.store = new ObjectStore(builder.storage);
        this.faults = new Faults();
        Router router = new Router(store, builder.region);
        this.handler = new OssHttpHandler(new Addressing(builder.virtualHostDomains),
                new RequestAuthenticator(builder.credentials), faults, router);
        this.host = builder.host;

        QueuedThreadPool threads = new QueuedThreadPool(builder.maxThreads, 4);
        threads.setName("oss-emulator");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setUriCompliance(UriCompliance.UNSAFE); // keys may contain %2F, //, . and ..
        config.setSendServerVersion(false);
        config.setSendDateHeader(false);
        config.setOutputBufferSize(256 * 1024);
        config.setRequestHeaderSize(64 * 1024);
        config.setUseInputDirectByteBuffers(false); // bodies are copied into byte[] for MD5 and CRC anyway
        HttpConnectionFactory http = new HttpConnectionFactory(config);
        http.setInputBufferSize(256 * 1024);
        this.connector = new ServerConnector(server, 1, -1, http);
        connector.setHost(builder.host);
        connector.setPort(builder.port);
        connector.setIdleTimeout(120_000);
        server.addConnector(connector);
        server.setHandler(handler);
        builder.buckets.forEach(this::createBucket);
    }

    public static Builder builder() {
        return new Builder();
    }

    private OssEmulator start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the OSS emulator on " + host, e);
        }
        return this;
    }

    /** {@code http://127.0.0.1:<port>}: path-style for the SDK, with no extra configuration. */
    public String endpoint() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : shown) + ":" + port();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public Faults faults() {
        return faults;
    }

    /** How many requests of this operation arrived (including rejected ones); ANY counts all. */
    public long requestCount(Operation operation) {
        return handler.requestCount(operation);
    }

    public void createBucket(String name) {
        store.createBucket(name, "private");
    }

    public List<String> bucketNames() {
        return store.bucketsByName().stream().map(Bucket::name).toList();
    }

    /** Visible keys in OSS listing order (uploads in progress are not objects). */
    public List<String> objectKeys(String bucket) {
        return new ArrayList<>(requireBucket(bucket).objects().keySet());
    }

    public boolean objectExists(String bucket, String key) {
        return requireBucket(bucket).objects().containsKey(key);
    }

    /** @throws UnsupportedOperationException in discard mode */
    public byte[] objectBytes(String bucket, String key) {
        StoredObject object = requireObject(bucket, key);
        if (object.size() > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("object " + key + " is too large for a byte array: " + object.size());
        }
        try (InputStream in = object.content().open(0, object.size())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectInfo objectMetadata(String bucket, String key) {
        StoredObject object = requireObject(bucket, key);
        ObjectAttributes a = object.attributes();
        return new ObjectInfo(object.key(), object.size(), object.etag(), object.crc64(), object.type().name(),
                a.contentType(), a.userMetadata(), a.serverSideEncryption(), a.echoedHeaders());
    }

    public List<UploadInfo> inProgressUploads(String bucket) {
        return requireBucket(bucket).uploads().values().stream()
                .map(u -> new UploadInfo(u.key(), u.uploadId(), u.initiated(), List.copyOf(u.parts().keySet())))
                .sorted((x, y) -> x.key().equals(y.key()) ? x.initiated().compareTo(y.initiated()) : x.key().compareTo(y.key()))
                .toList();
    }

    /** Seeds an object without going through HTTP (fixtures for readers). */
    public void putObject(String bucket, String key, byte[] content) {
        Bucket target = requireBucket(bucket);
        try {
            BlobWriter writer = store.storage().newWriter(content.length);
            writer.write(content, 0, content.length);
            ContentDigest digest = new ContentDigest();
            digest.update(content, 0, content.length);
            target.put(new StoredObject(key, ObjectType.Normal, ObjectContent.of(writer.finish()),
                    ContentDigest.upperHex(digest.md5()), digest.crc64(),
                    new ObjectAttributes(null, Map.of(), Map.of()), Instant.now(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the OSS emulator", e);
        } finally {
            store.storage().close();
        }
    }

    private Bucket requireBucket(String bucket) {
        return store.bucket(bucket).orElseThrow(() -> new NoSuchElementException("no bucket " + bucket));
    }

    private StoredObject requireObject(String bucket, String key) {
        StoredObject object = requireBucket(bucket).objects().get(key);
        if (object == null) {
            throw new NoSuchElementException("no object " + key + " in bucket " + bucket);
        }
        return object;
    }

    /** Configuration; every setting has a default that suits tests. */
    public static final class Builder {
        private final Map<String, Credential> credentials = new LinkedHashMap<>();
        private final List<String> buckets = new ArrayList<>();
        private final List<String> virtualHostDomains = new ArrayList<>();
        private Storage storage = Storage.memory();
        private String host = "127.0.0.1";
        private int port = 0;
        private String region = "oss-cn-hangzhou";
        private int maxThreads = 128;
        private Duration latency = Duration.ZERO;

        private Builder() {
        }

        /** A permanent access key. Without any key, requests need no signature. */
        public Builder credentials(String accessKeyId, String accessKeySecret) {
            credentials.put(accessKeyId, new Credential(accessKeyId, accessKeySecret, null));
            return this;
        }

        /** An STS key: requests must carry {@code x-oss-security-token: token}. */
        public Builder securityToken(String accessKeyId, String accessKeySecret, String token) {
            credentials.put(accessKeyId, new Credential(accessKeyId, accessKeySecret, token));
            return this;
        }

        public Builder storage(Storage newStorage) {
            this.storage = newStorage;
            return this;
        }

        public Builder bucket(String name) {
            buckets.add(name);
            return this;
        }

        /** Loopback by default; 0.0.0.0 listens on every interface. */
        public Builder host(String bindHost) {
            this.host = bindHost;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int listenPort) {
            this.port = listenPort;
            return this;
        }

        /** Also accept virtual-hosted requests for {@code <bucket>.<domain>}. */
        public Builder virtualHostDomain(String domain) {
            virtualHostDomains.add(domain);
            return this;
        }

        public Builder region(String location) {
            this.region = location;
            return this;
        }

        public Builder maxThreads(int threads) {
            this.maxThreads = threads;
            return this;
        }

        /** Delays every request by {@code delay}: a network round trip, for benchmarks. */
        public Builder latency(Duration delay) {
            this.latency = delay;
            return this;
        }

        public OssEmulator start() {
            OssEmulator emulator = new OssEmulator(this).start();
            if (!latency.isZero()) {
                emulator.faults().latency(Operation.ANY, latency);
            }
            return emulator;
        }
    }
}
