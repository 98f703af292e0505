package io.ots2oss.otsstreamreader.stream;

import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.List;

/**
 * Sizes one shard's GetStreamRecord pages in bytes: the {@code limit} of the next call is the page's byte target over
 * the bytes per record the previous page had. Before any page the reader assumes records as large as Tablestore accepts,
 * so the first page of a shard with 2 MB cells cannot be hundreds of megabytes.
 */
final class PageSizer {
    /**
     * Most stream records asked for per call. Without a limit the service returns only 100, and the per-call cost
     * (HTTP, signing, decoding) then dominates a long window.
     */
    static final int MAX_RECORDS_PER_CALL = 1000;
    /** The service's default page, what upstream always reads; the fallback should it refuse larger pages. */
    static final int SERVICE_DEFAULT_RECORDS_PER_CALL = 100;
    /** The largest stream record assumed before a page was seen: one row write carries at most 4 MB. */
    static final long LARGEST_RECORD_BYTES = 4L * 1024 * 1024;
    /**
     * Heap bytes per byte of record data while a page is held: the reply's body, the SDK's decoded records, and the
     * DataX records made from them (an estimate; a string cell may take two bytes per character in a Java String).
     */
    static final int HEAP_BYTES_PER_PAYLOAD_BYTE = 3;

    private final long targetPageBytes;
    private long bytesPerRecord = LARGEST_RECORD_BYTES;

    PageSizer(long targetPageBytes) {
        this.targetPageBytes = Math.max(1, targetPageBytes);
    }

    int nextLimit() {
        return (int) Math.max(1, Math.min(MAX_RECORDS_PER_CALL, targetPageBytes / bytesPerRecord));
    }

    /** Heap this JVM may need for a page of {@code limit} records like the previous ones. */
    long heapBytesFor(int limit) {
        return limit * bytesPerRecord * HEAP_BYTES_PER_PAYLOAD_BYTE;
    }

    static long heapBytesOfPayload(long payloadBytes) {
        return payloadBytes * HEAP_BYTES_PER_PAYLOAD_BYTE;
    }

    /**
     * Learns from a page and returns its payload bytes. A page's large records count more than their share of the
     * average (a quarter of the largest at least): one large record among small ones is a sign of more, and a page of
     * them must still fit.
     */
    long observe(List<StreamChange> page) {
        if (page.isEmpty()) {
            return 0;
        }
        long total = 0;
        long largest = 0;
        for (StreamChange record : page) {
            long bytes = record.payloadBytes();
            total += bytes;
            largest = Math.max(largest, bytes);
        }
        bytesPerRecord = Math.max(1, Math.max(total / page.size(), largest / 4));
        return total;
    }
}
