package io.ots2oss.osswriter.bench;

import io.ots2oss.osswriter.upload.WriterMemory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.emulator.oss.OssEmulator;
import io.ots2oss.emulator.oss.Storage;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.support.EmulatedOss;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;
import io.ots2oss.osswriter.task.Namers;
import io.ots2oss.osswriter.task.RollingObjectSink;
import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.osswriter.upload.OssClients;
import io.ots2oss.osswriter.upload.OssGateway;
import io.ots2oss.osswriter.upload.Retrier;
import io.ots2oss.osswriter.upload.UploadExecutors;

/**
 * Writer throughput: each channel is a writer task fed by an in-process record generator (stream-export shaped
 * rows, cycled from a pre-built pool so the generator costs almost nothing), writing through the real SDK over
 * loopback HTTP into the OSS emulator's discard storage. Prints MB/s of encoded (pre-compression) text and records/s.
 *
 * <pre>mvn -q -pl osswriter exec:java -Dexec.mainClass=io.ots2oss.osswriter.bench.WriterBenchmark -Dexec.classpathScope=test
 *     [-Dbench.records=2000000] [-Dbench.channels=1,8,32]</pre>
 */
public final class WriterBenchmark {
    private static final int POOL = 4096;

    public static void main(String[] args) throws Exception {
        long recordsPerChannel = Long.getLong("bench.records", 2_000_000L);
        List<Record> pool = recordPool();
        long rowBytes = csvBytes(pool);
        System.out.printf("osswriter benchmark: %,d records per channel, ~%d bytes per CSV row, max heap %d MB, budget %d MB%n",
                recordsPerChannel, rowBytes / POOL, Runtime.getRuntime().maxMemory() >> 20, WriterMemory.shared().totalBytes() >> 20);
        System.out.printf("%-15s %8s %12s %14s %10s%n", "format", "channels", "MB/s", "records/s", "peak heap");
        try (OssEmulator emulator = OssEmulator.builder().credentials(EmulatedOss.ACCESS_ID, EmulatedOss.ACCESS_KEY)
                .bucket(EmulatedOss.BUCKET).storage(Storage.discard()).start()) {
            String[][] cases = {{"text", "none"}, {"csv", "none"}, {"csv", "gzip"}, {"csv", "zstd"}, {"parquet", "snappy"},
                {"orc", "snappy"}, {"orc", "zlib"}};
            // Warm the JIT on every path first, so the first measured case is not penalised.
            for (String[] c : cases) {
                run(emulator, c[0], c[1], 1, Math.min(recordsPerChannel, 300_000), pool, rowBytes, false);
            }
            for (String[] c : cases) {
                for (String channelText : System.getProperty("bench.channels", "1,8").split(",")) {
                    int channels = Integer.parseInt(channelText.trim());
                    run(emulator, c[0], c[1], channels, recordsPerChannel, pool, rowBytes, true);
                }
            }
        }
    }

    private static void run(OssEmulator emulator, String format, String compress, int channels, long records,
                            List<Record> pool, long poolBytes, boolean print) throws Exception {
        Params params = Params.minimal().with("endpoint", emulator.endpoint()).with("bucket", EmulatedOss.BUCKET)
                .with("fileFormat", format).with("compress", compress).with("lineDelimiter", "\n").with("object", "bench/" + format);
        if (format.equals("parquet")) {
            params.withJson("column", "[{\"name\":\"pk\",\"type\":\"string\"},{\"name\":\"seq\",\"type\":\"long\"},{\"name\":\"ts\",\"type\":\"long\"},"
                    + "{\"name\":\"op\",\"type\":\"string\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"},"
                    + "{\"name\":\"flag\",\"type\":\"boolean\"},{\"name\":\"note\",\"type\":\"string\"}]");
        }
        if (format.equals("orc")) {
            params.withJson("column", "[{\"name\":\"pk\",\"type\":\"STRING\"},{\"name\":\"seq\",\"type\":\"BIGINT\"},{\"name\":\"ts\",\"type\":\"BIGINT\"},"
                    + "{\"name\":\"op\",\"type\":\"STRING\"},{\"name\":\"name\",\"type\":\"STRING\"},{\"name\":\"amount\",\"type\":\"DOUBLE\"},"
                    + "{\"name\":\"flag\",\"type\":\"BOOLEAN\"},{\"name\":\"note\",\"type\":\"STRING\"}]");
        }
        WriterConfig config = params.parse();
        resetPeaks();
        ExecutorService channelThreads = Executors.newFixedThreadPool(channels);
        AtomicLong written = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            final int task = c;
            futures.add(channelThreads.submit(() -> {
                writeTask(config, task, records, pool);
                written.addAndGet(records);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        channelThreads.shutdown();
        double megabytes = written.get() * (double) poolBytes / POOL / (1024 * 1024);
        if (!print) {
            return;
        }
        System.out.printf("%-15s %8d %12.1f %14.0f %8d MB%n", format + (compress.equals("none") ? "" : "+" + compress), channels,
                megabytes / seconds, written.get() / seconds, peakHeap() >> 20);
    }

    private static void writeTask(WriterConfig config, int task, long records, List<Record> pool) throws Exception {
        ExecutorService uploads = UploadExecutors.forTask(task, config.maxInFlightParts());
        try (OssGateway gateway = new OssGateway(OssClients.create(config.connection(), 4), EmulatedOss.BUCKET, false, Retrier.standard())) {
            RollingObjectSink sink = new RollingObjectSink(config, gateway,
                    Namers.forTask(config, task, "bench" + task, new Properties()), uploads, WriterMemory.shared());
            for (long i = 0; i < records; i++) {
                sink.write(pool.get((int) (i % POOL)));
            }
            sink.finish();
        } finally {
            uploads.shutdownNow();
        }
    }

    private static List<Record> recordPool() {
        Random random = new Random(7);
        List<Record> pool = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            pool.add(TestRecord.of(new StringColumn(String.format("user_%08d", random.nextInt(100_000_000))),
                    new LongColumn((long) i), new LongColumn(1_700_000_000_000L + i), new StringColumn(i % 5 == 0 ? "DELETE" : "PUT"),
                    new StringColumn("name-" + Long.toHexString(random.nextLong())), new DoubleColumn(random.nextInt(1_000_000) / 100.0),
                    new BoolColumn(random.nextBoolean()), new StringColumn("note with, comma " + random.nextInt(1000))));
        }
        return pool;
    }

    /** The CSV size of one pass over the pool, the yardstick for MB/s in every format. */
    private static long csvBytes(List<Record> pool) throws Exception {
        io.ots2oss.osswriter.support.MemoryObject out = new io.ots2oss.osswriter.support.MemoryObject();
        io.ots2oss.osswriter.format.RecordWriter writer = Params.minimal()
                .with("fileFormat", "csv").with("lineDelimiter", "\n").parse().writers().open(out, "x", 1 << 20);
        for (Record record : pool) {
            writer.write(record);
        }
        writer.finish();
        return out.size();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
