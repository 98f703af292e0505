package io.ots2oss.osswriter.support;

import io.ots2oss.emulator.oss.OssEmulator;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.upload.OssClients;
import io.ots2oss.osswriter.upload.OssGateway;
import io.ots2oss.osswriter.upload.Retrier;

/** An OSS emulator on a free loopback port with one bucket and signed access, plus writer parameters for it. */
public final class EmulatedOss implements AutoCloseable {
    public static final String BUCKET = "test-bucket";
    public static final String ACCESS_ID = "test-id";
    public static final String ACCESS_KEY = "test-secret-do-not-print";

    private final OssEmulator emulator;

    public EmulatedOss() {
        this.emulator = OssEmulator.builder().credentials(ACCESS_ID, ACCESS_KEY).bucket(BUCKET).start();
    }

    public OssEmulator emulator() {
        return emulator;
    }

    public Params params() {
        return Params.minimal().with("endpoint", emulator.endpoint()).with("bucket", BUCKET)
                .with("accessId", ACCESS_ID).with("accessKey", ACCESS_KEY);
    }

    /** A gateway with fast retries, for tests. */
    public OssGateway gateway(WriterConfig config) {
        return new OssGateway(OssClients.create(config.connection(), 8), BUCKET, false, new Retrier(8, 5, 50));
    }

    public OssGateway gateway() {
        return gateway(params().parse());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
