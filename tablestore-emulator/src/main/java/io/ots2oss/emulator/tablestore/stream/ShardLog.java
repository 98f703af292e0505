package io.ots2oss.emulator.tablestore.stream;

import java.util.Arrays;

/**
 * The records of one shard, stored compactly: each record is kept as its ready-to-send protobuf
 * bytes (a {@code stream_records} entry of {@code GetStreamRecordResponse}) packed into 1 MiB chunks,
 * plus two longs of index per record (chunk position and µs timestamp) in 8192-entry blocks.
 * A page of records is therefore a few array copies.
 *
 * <p>One writer at a time (the table's write lock); readers need no lock: a record is published
 * by the volatile write of {@link #count} after its bytes and index entries are in place.
 */
final class ShardLog {
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int BLOCK_SHIFT = 13;
    private static final int BLOCK_SIZE = 1 << BLOCK_SHIFT;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;

    private volatile byte[][] chunks = new byte[4][];
    private volatile long[][] positions = new long[16][];
    private volatile long[][] timestamps = new long[16][];
    private volatile int count;
    private volatile int firstRetained;
    private volatile long lastTimestamp = Long.MIN_VALUE;
    private int chunkCount;
    private int chunkFill;

    /** The µs timestamp the next record gets: {@code nowMicros}, or just after the previous record, whichever is later. */
    long nextTimestamp(long nowMicros) {
        return lastTimestamp == Long.MIN_VALUE ? nowMicros : Math.max(nowMicros, lastTimestamp + 1);
    }

    long lastTimestamp() {
        return lastTimestamp;
    }

    synchronized void append(byte[] entry, long timestampMicros) {
        int index = count;
        long position = place(entry);
        int block = index >>> BLOCK_SHIFT;
        if (block >= positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
            timestamps = Arrays.copyOf(timestamps, timestamps.length * 2);
        }
        if (positions[block] == null) {
            positions[block] = new long[BLOCK_SIZE];
            timestamps[block] = new long[BLOCK_SIZE];
        }
        positions[block][index & BLOCK_MASK] = position;
        timestamps[block][index & BLOCK_MASK] = timestampMicros;
        lastTimestamp = timestampMicros;
        count = index + 1;
    }

    private long place(byte[] entry) {
        if (chunkCount == 0 || chunkFill + entry.length > chunks[chunkCount - 1].length) {
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
            }
            chunks[chunkCount++] = new byte[Math.max(CHUNK_BYTES, entry.length)];
            chunkFill = 0;
        }
        int chunk = chunkCount - 1;
        System.arraycopy(entry, 0, chunks[chunk], chunkFill, entry.length);
        long position = ((long) chunk << 32) | chunkFill;
        chunkFill += entry.length;
        return position;
    }

    int count() {
        return count;
    }

    long timestampAt(int index) {
        return timestamps[index >>> BLOCK_SHIFT][index & BLOCK_MASK];
    }

    /** The first index whose record is at or after {@code timestampMicros}; {@code count()} if none. */
    int firstIndexAtOrAfter(long timestampMicros, int limitCount) {
        int lo = 0;
        int hi = limitCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timestampAt(mid) < timestampMicros) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Marks every record older than {@code cutoffMicros} as trimmed; returns the first retained index. */
    int trimBefore(long cutoffMicros) {
        int n = count;
        int first = firstRetained;
        if (first < n && timestampAt(first) < cutoffMicros) {
            int newFirst = firstIndexAtOrAfter(cutoffMicros, n);
            synchronized (this) {
                if (newFirst > firstRetained) {
                    firstRetained = newFirst;
                }
                first = firstRetained;
            }
        }
        return first;
    }

    int firstRetained() {
        return firstRetained;
    }

    /** Byte size of the records {@code [from, to)}. */
    int byteSize(int from, int to) {
        int size = 0;
        int i = from;
        while (i < to) {
            int runEnd = runEnd(i, to);
            size += endOf(runEnd - 1) - offsetOf(i);
            i = runEnd;
        }
        return size;
    }

    /** Copies the records {@code [from, to)} into {@code dest} at {@code at}; returns the position after them. */
    int copy(int from, int to, byte[] dest, int at) {
        int i = from;
        while (i < to) {
            int runEnd = runEnd(i, to);
            int start = offsetOf(i);
            int length = endOf(runEnd - 1) - start;
            System.arraycopy(chunks[chunkOf(i)], start, dest, at, length);
            at += length;
            i = runEnd;
        }
        return at;
    }

    /** Records stored contiguously in one chunk are copied together. */
    private int runEnd(int from, int to) {
        int chunk = chunkOf(from);
        int i = from + 1;
        while (i < to && chunkOf(i) == chunk) {
            i++;
        }
        return i;
    }

    private long positionOf(int index) {
        return positions[index >>> BLOCK_SHIFT][index & BLOCK_MASK];
    }

    private int chunkOf(int index) {
        return (int) (positionOf(index) >>> 32);
    }

    private int offsetOf(int index) {
        return (int) positionOf(index);
    }

    /** End offset of a record: its entry is tag byte, varint length, payload. */
    private int endOf(int index) {
        byte[] chunk = chunks[chunkOf(index)];
        int p = offsetOf(index) + 1;
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = chunk[p++];
            length |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return p + length;
    }

    /** Bytes held, for memory accounting. */
    long retainedBytes() {
        long bytes = 0;
        byte[][] c = chunks;
        for (byte[] chunk : c) {
            if (chunk != null) {
                bytes += chunk.length;
            }
        }
        long[][] p = positions;
        for (long[] block : p) {
            if (block != null) {
                bytes += 2L * 8 * block.length;
            }
        }
        return bytes;
    }
}
