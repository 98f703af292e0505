package io.ots2oss.bench;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.DescribeStreamRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.StreamShard;
import com.aliyun.oss.OSS;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The emulators alone, through the bare SDKs with no DataX in between: every shard of the stream read to its end
 * (one thread per shard), and a multipart upload of 10 MB parts (4 threads). Whatever the plugins reach is bounded
 * by these.
 */
final class EmulatorCeilingSuite {
    private static final int PART_BYTES = 10 << 20;
    private static final int UPLOAD_THREADS = 4;

    private final BenchContext context;
    private final ResultReport report;

    EmulatorCeilingSuite(BenchContext context, ResultReport report) {
        this.context = context;
        this.report = report;
    }

    void run(long uploadBytes) throws Exception {
        readWholeStream(1000);
        readWholeStream(0);
        upload(uploadBytes);
    }

    /** @param limit records per GetStreamRecord; 0 sends none, so the service's default (100) applies */
    private void readWholeStream(int limit) throws Exception {
        SyncClient client = context.emulators.tablestoreClient();
        String streamId = client.listStream(new ListStreamRequest(BenchContext.TABLE)).getStreams().get(0).getStreamId();
        List<StreamShard> shards = client.describeStream(new DescribeStreamRequest(streamId)).getShards();
        String batch = limit == 0 ? "default limit (100)" : "limit " + limit;
        System.out.println("ceiling: Tablestore emulator, GetStreamRecord over " + shards.size() + " shards, " + batch);
        ExecutorService pool = Executors.newFixedThreadPool(shards.size());
        try (HeapWatch heap = HeapWatch.start()) {
            long start = System.nanoTime();
            List<Future<Long>> counts = new ArrayList<>();
            for (StreamShard shard : shards) {
                counts.add(pool.submit(() -> readShard(client, streamId, shard.getShardId(), limit)));
            }
            long records = 0;
            for (Future<Long> count : counts) {
                records += count.get();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.add(new BenchResult("ceiling", "Tablestore emulator GetStreamRecord (SDK), " + batch, 0, records, 0, millis,
                    BenchContext.megabytes(heap.peakLiveBytes()), HeapWatch.peakUsedBytes() / 1e6, -1, "stream records (changes), not rows"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long readShard(SyncClient client, String streamId, String shardId, int limit) {
        String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId, shardId)).getShardIterator();
        long records = 0;
        while (iterator != null) {
            GetStreamRecordRequest request = new GetStreamRecordRequest(iterator);
            if (limit > 0) {
                request.setLimit(limit);
            }
            GetStreamRecordResponse response = client.getStreamRecord(request);
            records += response.getRecords().size();
            if (response.getRecords().isEmpty()) {
                break;
            }
            iterator = response.getNextShardIterator();
        }
        return records;
    }

    private void upload(long totalBytes) throws Exception {
        OSS oss = context.emulators.ossClient();
        String key = "ceiling/upload.bin";
        byte[] part = new byte[PART_BYTES];
        new Random(1).nextBytes(part);
        int parts = (int) Math.max(1, totalBytes / PART_BYTES);
        System.out.println("ceiling: OSS emulator, multipart upload of " + parts + " x 10 MB, " + UPLOAD_THREADS + " threads");
        ExecutorService pool = Executors.newFixedThreadPool(UPLOAD_THREADS);
        try (HeapWatch heap = HeapWatch.start()) {
            long start = System.nanoTime();
            String uploadId = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(ExternalEmulators.BUCKET, key)).getUploadId();
            List<Future<PartETag>> etags = new ArrayList<>();
            for (int number = 1; number <= parts; number++) {
                int partNumber = number;
                etags.add(pool.submit(() -> oss.uploadPart(new UploadPartRequest(ExternalEmulators.BUCKET, key, uploadId, partNumber,
                        new ByteArrayInputStream(part), PART_BYTES)).getPartETag()));
            }
            List<PartETag> done = new ArrayList<>();
            for (Future<PartETag> etag : etags) {
                done.add(etag.get());
            }
            done.sort(Comparator.comparingInt(PartETag::getPartNumber));
            oss.completeMultipartUpload(new CompleteMultipartUploadRequest(ExternalEmulators.BUCKET, key, uploadId, done));
            long millis = (System.nanoTime() - start) / 1_000_000;
            report.add(new BenchResult("ceiling", "OSS emulator multipart upload (SDK)", 0, parts, (long) parts * PART_BYTES,
                    millis, BenchContext.megabytes(heap.peakLiveBytes()), HeapWatch.peakUsedBytes() / 1e6, -1, "records = parts"));
        } finally {
            pool.shutdownNow();
        }
    }
}
