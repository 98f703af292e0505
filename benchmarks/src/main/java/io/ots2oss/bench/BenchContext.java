package io.ots2oss.bench;

import com.aliyun.oss.OSS;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.OSSObjectSummary;
import com.aliyun.oss.model.ObjectListing;
import io.ots2oss.testkit.plugins.discardwriter.DiscardWriter;
import io.ots2oss.e2e.OrdersTable;
import io.ots2oss.e2e.PairJob;
import io.ots2oss.e2e.Window;
import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

import java.util.Map;

/** What every suite needs: the emulators, the seeded window, a DataX home with all plugins, and a measured run. */
final class BenchContext {
    static final String TABLE = "bench_orders";

    final ExternalEmulators emulators;
    final DataxHome home;
    final JobRunner runner;
    final Window window;
    final long changes;
    final long multiVersionRows;
    final long rowModeRecords;
    private final OSS oss;
    private int runs;

    BenchContext(ExternalEmulators emulators, DataxHome home, Window window, long changes,
                 long multiVersionRows, long rowModeRecords) {
        this.emulators = emulators;
        this.home = home;
        this.runner = new JobRunner(home);
        this.window = window;
        this.changes = changes;
        this.multiVersionRows = multiVersionRows;
        this.rowModeRecords = rowModeRecords;
        this.oss = emulators.ossClient();
    }

    /** Bytes of the objects under the prefix: what the writer put into OSS. */
    long bytesUnder(String prefix) {
        long bytes = 0;
        String marker = null;
        ObjectListing listing;
        do {
            listing = oss.listObjects(new ListObjectsRequest(ExternalEmulators.BUCKET).withPrefix(prefix).withMarker(marker).withMaxKeys(1000));
            for (OSSObjectSummary summary : listing.getObjectSummaries()) {
                bytes += summary.getSize();
            }
            marker = listing.getNextMarker();
        } while (listing.isTruncated());
        return bytes;
    }

    /** The users' job shape against the emulators, with a status table of its own so no run resumes another's. */
    PairJob pairJob(String mode, int channels) {
        PairJob job = PairJob.standard(emulators, TABLE, ExternalEmulators.BUCKET)
                .reader("statusTable", "bench_status_" + (++runs))
                .channels(channels);
        return "row".equals(mode) ? job.rowMode(OrdersTable.ROW_MODE_COLUMNS) : job.multiVersionMode();
    }

    /** A measured run: wall time from the job result, heap from the watch, first record from the discard writer. */
    Measured run(String json, Map<String, String> params) {
        System.clearProperty(DiscardWriter.FIRST_RECORD_NANOS);
        try (HeapWatch heap = HeapWatch.start(); CpuWatch cpu = CpuWatch.start()) {
            long startNanos = System.nanoTime();
            JobResult result = runner.run(json, params);
            CpuWatch.Usage usage = cpu.stop();
            if (!result.succeeded()) {
                throw new IllegalStateException("benchmark job failed: " + result.failureMessage() + "\n" + tail(result.log()));
            }
            String first = System.getProperty(DiscardWriter.FIRST_RECORD_NANOS);
            long firstMillis = first == null ? -1 : (Long.parseLong(first) - startNanos) / 1_000_000;
            return new Measured(result, megabytes(heap.peakLiveBytes()), HeapWatch.peakUsedBytes() / 1e6, firstMillis, usage);
        }
    }

    /** -1 (no collection ran) stays -1. */
    static double megabytes(long bytes) {
        return bytes < 0 ? -1 : bytes / 1e6;
    }

    record Measured(JobResult result, double peakLiveMb, double peakUsedMb, long firstRecordMillis, CpuWatch.Usage usage) {
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, lines.length - 30); i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }
}
