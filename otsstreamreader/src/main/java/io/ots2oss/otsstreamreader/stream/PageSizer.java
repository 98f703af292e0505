package io.ots2oss.otsstreamreader.stream;

import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnType;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;

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

    long heapBytesOf(List<StreamRecord> page) {
        return heapBytesOfPayload(payloadBytes(page));
    }

    static long heapBytesOfPayload(long payloadBytes) {
        return payloadBytes * HEAP_BYTES_PER_PAYLOAD_BYTE;
    }

    /**
     * Learns from a page and returns its payload bytes (one pass over the page). A page's large records count more
     * than their share of the average (a quarter of the largest at least): one large record among small ones is a
     * sign of more, and a page of them must still fit.
     */
    long observe(List<StreamRecord> page) {
        if (page.isEmpty()) {
            return 0;
        }
        long total = 0;
        long largest = 0;
        for (StreamRecord record : page) {
            long bytes = payloadBytes(record);
            total += bytes;
            largest = Math.max(largest, bytes);
        }
        bytesPerRecord = Math.max(1, Math.max(total / page.size(), largest / 4));
        return total;
    }

    static long payloadBytes(List<StreamRecord> page) {
        long total = 0;
        for (StreamRecord record : page) {
            total += payloadBytes(record);
        }
        return total;
    }

    /**
     * The record's data size as the SDK's {@code getDataSize()} counts it (names and values in UTF-8 bytes, 8 per cell
     * timestamp), but without its per-string {@code getBytes("UTF-8")} copies: counted here without allocating.
     */
    static long payloadBytes(StreamRecord record) {
        long bytes = 0;
        if (record.getPrimaryKey() != null) {
            for (PrimaryKeyColumn key : record.getPrimaryKey().getPrimaryKeyColumns()) {
                bytes += utf8Length(key.getName()) + keyBytes(key.getValue());
            }
        }
        bytes += columnBytes(record.getColumns());
        bytes += columnBytes(record.getOriginColumns());
        return bytes;
    }

    private static long columnBytes(List<RecordColumn> columns) {
        long bytes = 0;
        if (columns != null) {
            for (RecordColumn cell : columns) {
                Column column = cell.getColumn();
                bytes += utf8Length(column.getName()) + valueBytes(column.getValue()) + (column.hasSetTimestamp() ? 8 : 0);
            }
        }
        return bytes;
    }

    private static long keyBytes(PrimaryKeyValue value) {
        return value.getType() == PrimaryKeyType.STRING ? utf8Length(value.asString()) : value.getDataSize();
    }

    private static long valueBytes(ColumnValue value) {
        if (value == null) {
            return 0;
        }
        return value.getType() == ColumnType.STRING && value.getValue() != null ? utf8Length(value.asString()) : value.getDataSize();
    }

    /** UTF-8 length of {@code text} (a surrogate pair is 4 bytes), without encoding it. */
    static long utf8Length(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                bytes += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
            }
        }
        return bytes;
    }
}
