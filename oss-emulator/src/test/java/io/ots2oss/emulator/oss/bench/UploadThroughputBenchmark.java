package io.ots2oss.emulator.oss.bench;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import io.ots2oss.emulator.oss.OssEmulator;
import io.ots2oss.emulator.oss.Storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Multipart upload throughput through the unmodified SDK into the emulator's disk and discard modes,
 * with 1 and 8 parts in flight. Run:
 * {@code mvn -q -pl oss-emulator exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.ots2oss.emulator.oss.bench.UploadThroughputBenchmark}
 * Options (system properties): {@code bench.totalMiB} (default 1024), {@code bench.partMiB} (default 8),
 * {@code bench.modes} (default {@code discard,disk}), {@code bench.repeats} (default 3), {@code bench.clientCrc} (default true: the SDK checks every part's CRC-64, as a writer would).
 */
public final class UploadThroughputBenchmark {
    private static final int MIB = 1024 * 1024;

    public static void main(String[] args) throws Exception {
        int totalMiB = Integer.getInteger("bench.totalMiB", 1024);
        int partMiB = Integer.getInteger("bench.partMiB", 8);
        boolean clientCrc = Boolean.parseBoolean(System.getProperty("bench.clientCrc", "true"));
        String modes = System.getProperty("bench.modes", "discard,disk");
        int repeats = Integer.getInteger("bench.repeats", 3);
        byte[] part = new byte[partMiB * MIB];
        new Random(1).nextBytes(part);
        int parts = Math.max(1, totalMiB / partMiB);

        System.out.printf("upload throughput: %d MiB per run as %d parts of %d MiB, SDK CRC check %s, %d cores, best and median of %d runs%n",
                (long) parts * partMiB, parts, partMiB, clientCrc ? "on" : "off", Runtime.getRuntime().availableProcessors(), repeats);
        Path dataDir = Files.createTempDirectory("oss-emulator-bench");
        try {
            run(Storage.discard(), part, Math.max(4, parts / 4), 8, clientCrc); // warm-up: JIT, connections
            for (int concurrency : new int[]{1, 8}) {
                if (modes.contains("discard")) {
                    report("discard", concurrency, repeats, () -> run(Storage.discard(), part, parts, concurrency, clientCrc));
                }
                if (modes.contains("disk")) {
                    report("disk", concurrency, repeats, () -> run(Storage.disk(dataDir), part, parts, concurrency, clientCrc));
                }
            }
        } finally {
            deleteTree(dataDir);
        }
    }

    /** Runs one configuration several times; a shared machine makes single runs noisy. */
    private static void report(String label, int concurrency, int repeats, Run run) throws Exception {
        double[] rates = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            rates[i] = run.megabytesPerSecond();
        }
        java.util.Arrays.sort(rates);
        System.out.printf("%-8s concurrency %d: best %7.1f MB/s, median %7.1f MB/s%n",
                label, concurrency, rates[repeats - 1], rates[repeats / 2]);
    }

    @FunctionalInterface
    private interface Run {
        double megabytesPerSecond() throws Exception;
    }

    /** @return MB/s (10^6 bytes per second) from the first part sent to the completed object */
    private static double run(Storage storage, byte[] part, int parts, int concurrency, boolean clientCrc)
            throws Exception {
        try (OssEmulator emulator = OssEmulator.builder().credentials("bench", "bench-secret").storage(storage)
                .bucket("bench").start()) {
            ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
            conf.setMaxConnections(Math.max(16, concurrency * 2));
            conf.setCrcCheckEnabled(clientCrc);
            OSS oss = new OSSClientBuilder().build(emulator.endpoint(), "bench", "bench-secret", conf);
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            try {
                String uploadId = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest("bench", "out.bin")).getUploadId();
                AtomicInteger next = new AtomicInteger(1);
                long start = System.nanoTime();
                List<Future<List<PartETag>>> workers = new ArrayList<>();
                for (int w = 0; w < concurrency; w++) {
                    workers.add(pool.submit(() -> {
                        List<PartETag> done = new ArrayList<>();
                        for (int n = next.getAndIncrement(); n <= parts; n = next.getAndIncrement()) {
                            UploadPartRequest request = new UploadPartRequest("bench", "out.bin", uploadId, n,
                                    new ByteArrayInputStream(part), part.length);
                            done.add(oss.uploadPart(request).getPartETag());
                        }
                        return done;
                    }));
                }
                List<PartETag> etags = new ArrayList<>();
                for (Future<List<PartETag>> worker : workers) {
                    etags.addAll(worker.get());
                }
                etags.sort(Comparator.comparingInt(PartETag::getPartNumber));
                oss.completeMultipartUpload(new CompleteMultipartUploadRequest("bench", "out.bin", uploadId, etags));
                double seconds = (System.nanoTime() - start) / 1e9;
                double megabytes = (double) parts * part.length / 1e6;
                oss.deleteObject("bench", "out.bin");
                return megabytes / seconds;
            } finally {
                pool.shutdownNow();
                oss.shutdown();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
