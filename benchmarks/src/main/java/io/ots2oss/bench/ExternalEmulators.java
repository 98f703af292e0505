package io.ots2oss.bench;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.AlwaysRetryStrategy;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import io.ots2oss.e2e.Emulators;
import io.ots2oss.e2e.Services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Both emulators in their own JVMs (their command-line mains), so the benchmark JVM's heap holds only the DataX job:
 * the peak-heap figures are the plugins' own. The Tablestore emulator's clock runs {@code offsetMinutes} behind, so
 * changes written now belong to a window that already lies in the past for the reader.
 */
final class ExternalEmulators implements Services, AutoCloseable {
    static final String INSTANCE = "bench";
    static final String ACCESS_ID = "LTAI5tBenchAccessKeyId";
    static final String ACCESS_KEY = "benchSecretKey0123456789abcdef";
    static final String BUCKET = "bench";

    private final Process tablestoreProcess;
    private final Process ossProcess;
    private final String tablestoreEndpoint;
    private final String ossEndpoint;
    private final long offsetMillis;
    private final List<Runnable> clients = new ArrayList<>();

    private ExternalEmulators(Process tablestoreProcess, String tablestoreEndpoint, Process ossProcess, String ossEndpoint, long offsetMillis) {
        this.tablestoreProcess = tablestoreProcess;
        this.tablestoreEndpoint = tablestoreEndpoint;
        this.ossProcess = ossProcess;
        this.ossEndpoint = ossEndpoint;
        this.offsetMillis = offsetMillis;
    }

    static ExternalEmulators start(int shards, int offsetMinutes, String tablestoreHeap, int latencyMillis) throws IOException {
        // See Emulators.useNoDelayForJdkHttpServer: without it every small GetStreamRecord reply stalls ~40 ms.
        Process tablestore = launch(List.of("-Xmx" + tablestoreHeap, "-D" + Emulators.JDK_HTTP_SERVER_NODELAY + "=true",
                "io.ots2oss.emulator.tablestore.TablestoreEmulatorMain",
                "--port", "0", "--instance", INSTANCE, "--access-key-id", ACCESS_ID, "--access-key-secret", ACCESS_KEY,
                "--shards", String.valueOf(shards), "--clock-offset-minutes", String.valueOf(-offsetMinutes),
                "--latency-ms", String.valueOf(latencyMillis)));
        try {
            String tablestoreEndpoint = awaitEndpoint(tablestore, "Tablestore");
            Process oss = launch(List.of("-Xmx512m", "io.ots2oss.emulator.oss.OssEmulatorMain", "--port", "0",
                    "--access-key-id", ACCESS_ID, "--access-key-secret", ACCESS_KEY, "--bucket", BUCKET, "--discard",
                    "--latency-ms", String.valueOf(latencyMillis)));
            try {
                return new ExternalEmulators(tablestore, tablestoreEndpoint, oss, awaitEndpoint(oss, "OSS"), offsetMinutes * 60_000L);
            } catch (IOException | RuntimeException e) {
                oss.destroyForcibly();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            tablestore.destroyForcibly();
            throw e;
        }
    }

    /** The Tablestore emulator's now. */
    long emulatorNowMillis() {
        return System.currentTimeMillis() - offsetMillis;
    }

    SyncClient tablestoreClient() {
        ClientConfiguration configuration = new ClientConfiguration();
        configuration.setRetryStrategy(new AlwaysRetryStrategy(20, 200));
        configuration.setMaxConnections(64);
        SyncClient client = new SyncClient(tablestoreEndpoint, ACCESS_ID, ACCESS_KEY, INSTANCE, configuration);
        clients.add(client::shutdown);
        return client;
    }

    OSS ossClient() {
        OSS client = new OSSClientBuilder().build(ossEndpoint, ACCESS_ID, ACCESS_KEY);
        clients.add(client::shutdown);
        return client;
    }

    @Override
    public String tablestoreEndpoint() {
        return tablestoreEndpoint;
    }

    @Override
    public String instanceName() {
        return INSTANCE;
    }

    @Override
    public String ossEndpoint() {
        return ossEndpoint;
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
        clients.forEach(Runnable::run);
        for (Process process : List.of(ossProcess, tablestoreProcess)) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process launch(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until its {@code endpoint=} line; keeps draining it afterwards. */
    private static String awaitEndpoint(Process process, String what) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("endpoint=")) {
                Thread drain = new Thread(() -> drain(lines), what + "-emulator-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring("endpoint=".length()).trim();
            }
            seen.append(line).append('\n');
        }
        throw new IOException("the " + what + " emulator exited before listening:\n" + seen);
    }

    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                // discard: the emulators log nothing the benchmark needs
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
