package io.ots2oss.emulator.oss;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.comm.SignVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** One emulator per test class, a fresh bucket and SDK client per test. */
abstract class EmulatorTestSupport {
    static final String AK = "test-ak";
    static final String SK = "test-sk";
    static final String STS_AK = "STS.test";
    static final String STS_SK = "sts-secret";
    static final String STS_TOKEN = "sts-token-123";

    private static final AtomicInteger BUCKET_SEQUENCE = new AtomicInteger();

    static OssEmulator emulator;
    private final List<OSS> clients = new ArrayList<>();
    OSS oss;
    String bucket;

    @BeforeAll
    static void startEmulator() {
        emulator = OssEmulator.builder()
                .credentials(AK, SK)
                .securityToken(STS_AK, STS_SK, STS_TOKEN)
                .start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void createBucketAndClient(TestInfo info) {
        String method = info.getTestMethod().map(m -> m.getName()).orElse("t").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        bucket = "b-" + method.substring(0, Math.min(40, method.length())) + "-" + BUCKET_SEQUENCE.incrementAndGet();
        emulator.createBucket(bucket);
        emulator.faults().clear();
        oss = client(AK, SK);
    }

    @AfterEach
    void shutdownClients() {
        emulator.faults().clear();
        clients.forEach(OSS::shutdown);
    }

    OSS client(String accessKeyId, String secret) {
        return track(new OSSClientBuilder().build(emulator.endpoint(), accessKeyId, secret, configuration()));
    }

    OSS stsClient(String token) {
        return track(new OSSClientBuilder().build(emulator.endpoint(), STS_AK, STS_SK, token, configuration()));
    }

    OSS v4Client(String accessKeyId, String secret) {
        ClientBuilderConfiguration conf = configuration();
        conf.setSignatureVersion(SignVersion.V4);
        return track(OSSClientBuilder.create().endpoint(emulator.endpoint())
                .credentialsProvider(new com.aliyun.oss.common.auth.DefaultCredentialProvider(accessKeyId, secret))
                .clientConfiguration(conf).region("cn-hangzhou").build());
    }

    static ClientBuilderConfiguration configuration() {
        ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
        conf.setConnectionTimeout(5_000);
        conf.setSocketTimeout(30_000);
        return conf;
    }

    void closeLater(OSS client) {
        clients.add(client);
    }

    private OSS track(OSS client) {
        clients.add(client);
        return client;
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
