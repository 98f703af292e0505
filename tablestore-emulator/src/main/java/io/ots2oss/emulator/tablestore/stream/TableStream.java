package io.ots2oss.emulator.tablestore.stream;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import io.ots2oss.emulator.tablestore.error.OtsError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The change stream of one table: its shards (open and closed), routing of writes, split and merge.
 * Topology changes and appends happen under the owning table's write lock; reads are lock-free.
 */
public final class TableStream {
    private final String streamId;
    private final String tableName;
    private final long creationTimeMicros;
    private final String shardIdPrefix;
    private final boolean timeseries;
    private volatile int expirationHours;
    private final List<Shard> shards = new CopyOnWriteArrayList<>();
    private volatile Shard[] openShards;
    private int nextShardNumber;

    /** @param timeseries whether this is a time-series table's stream (DescribeStream then needs the client's consent) */
    public TableStream(String tableName, int generation, int expirationHours, int shardCount, long creationTimeMicros,
                       boolean timeseries) {
        if (shardCount < 1) {
            throw new IllegalArgumentException("shard count must be at least 1: " + shardCount);
        }
        this.tableName = tableName;
        this.timeseries = timeseries;
        this.creationTimeMicros = creationTimeMicros;
        this.expirationHours = expirationHours;
        // Deterministic ids (table, stream generation, number) keep stored iterators meaningful across restarts.
        this.streamId = tableName + "_stream_" + generation;
        this.shardIdPrefix = tableName + "-" + generation + "-";
        long width = PartitionHash.SPACE / shardCount;
        for (int i = 0; i < shardCount; i++) {
            long low = i * width;
            long high = i == shardCount - 1 ? PartitionHash.SPACE : low + width;
            shards.add(new Shard(newShardId(), null, null, low, high));
        }
        refreshOpenShards();
    }

    public String streamId() {
        return streamId;
    }

    public String tableName() {
        return tableName;
    }

    public boolean isTimeseries() {
        return timeseries;
    }

    public long creationTimeMicros() {
        return creationTimeMicros;
    }

    public int expirationHours() {
        return expirationHours;
    }

    public void setExpirationHours(int hours) {
        this.expirationHours = hours;
    }

    /** Every shard ever created, in creation order. */
    public List<Shard> allShards() {
        return List.copyOf(shards);
    }

    /** The ids of the open shards, ordered by their hash range. */
    public List<String> openShardIds() {
        List<String> ids = new ArrayList<>();
        for (Shard shard : openShards) {
            ids.add(shard.id());
        }
        return ids;
    }

    public Shard shard(String shardId) {
        for (Shard shard : shards) {
            if (shard.id().equals(shardId)) {
                return shard;
            }
        }
        return null;
    }

    /** Open shards, and closed ones closed within the retention period (DescribeStream's list). */
    public List<Shard> retainedShards(long nowMicros) {
        long cutoff = retentionCutoff(nowMicros);
        List<Shard> result = new ArrayList<>();
        for (Shard shard : shards) {
            if (!shard.isClosed() || shard.closedAtMicros() >= cutoff) {
                result.add(shard);
            }
        }
        return result;
    }

    long retentionCutoff(long nowMicros) {
        return nowMicros - expirationHours * 3_600_000_000L;
    }

    /** Appends a change to the shard owning its row; caller holds the table's write lock. */
    public void append(OtsInternalApi.ActionType action, PrimaryKey pk, PlainBufferRow row, long nowMicros) {
        Shard shard = route(PartitionHash.of(pk));
        ShardLog log = shard.log();
        long timestamp = log.nextTimestamp(nowMicros);
        log.append(StreamRecordEncoder.encode(action, row, timestamp, 0), timestamp);
    }

    private Shard route(long hash) {
        Shard[] open = openShards;
        int lo = 0;
        int hi = open.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (open[mid].low() <= hash) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return open[lo];
    }

    /** Closes an open shard and opens two children that halve its range; caller holds the table's write lock. */
    public List<String> split(String shardId, long nowMicros) {
        Shard parent = openShard(shardId);
        if (parent.high() - parent.low() < 2) {
            throw new IllegalStateException("Shard " + shardId + " is too narrow to split");
        }
        long mid = parent.low() + (parent.high() - parent.low()) / 2;
        Shard left = new Shard(newShardId(), parent.id(), null, parent.low(), mid);
        Shard right = new Shard(newShardId(), parent.id(), null, mid, parent.high());
        parent.close(nowMicros);
        shards.add(left);
        shards.add(right);
        refreshOpenShards();
        return List.of(left.id(), right.id());
    }

    /** Closes two adjacent open shards and opens one child with {@code parent=a, parentSibling=b}. */
    public String merge(String shardIdA, String shardIdB, long nowMicros) {
        Shard a = openShard(shardIdA);
        Shard b = openShard(shardIdB);
        if (a.high() != b.low() && b.high() != a.low()) {
            throw new IllegalStateException("Shards " + shardIdA + " and " + shardIdB + " are not adjacent");
        }
        Shard child = new Shard(newShardId(), a.id(), b.id(), Math.min(a.low(), b.low()), Math.max(a.high(), b.high()));
        a.close(nowMicros);
        b.close(nowMicros);
        shards.add(child);
        refreshOpenShards();
        return child.id();
    }

    private Shard openShard(String shardId) {
        Shard shard = shard(shardId);
        if (shard == null) {
            throw new IllegalArgumentException("No shard " + shardId + " in stream " + streamId);
        }
        if (shard.isClosed()) {
            throw new IllegalStateException("Shard " + shardId + " is already closed");
        }
        return shard;
    }

    private String newShardId() {
        return shardIdPrefix + String.format("%04d", nextShardNumber++);
    }

    private void refreshOpenShards() {
        openShards = shards.stream().filter(s -> !s.isClosed())
                .sorted(Comparator.comparingLong(Shard::low)).toArray(Shard[]::new);
    }

    // ---- reading ----

    /** An iterator at the oldest retained record of {@code shard}. */
    public String oldestIterator(Shard shard, long nowMicros) {
        return new ShardIterator(shard.id(), shard.log().trimBefore(retentionCutoff(nowMicros))).encode();
    }

    /**
     * Seeks the first record at or after {@code timestampMicros}. The scan is paged like the service's:
     * when the target lies more than {@code scanPage} records beyond the scan start, the reply is a
     * continuation token (scan position) instead of an iterator.
     */
    public SeekResult seek(Shard shard, long timestampMicros, String token, int scanPage, long nowMicros) {
        ShardLog log = shard.log();
        int first = log.trimBefore(retentionCutoff(nowMicros));
        int scanStart = first;
        if (token != null && !token.isEmpty()) {
            ShardIterator resumed = ShardIterator.decode(token);
            if (!resumed.shardId().equals(shard.id())) {
                throw OtsError.invalidParameter("The token does not belong to shard " + shard.id() + ".");
            }
            scanStart = Math.max(first, resumed.index());
        }
        int count = log.count();
        int target = Math.max(scanStart, log.firstIndexAtOrAfter(timestampMicros, count));
        if (target - scanStart > scanPage) {
            return new SeekResult(null, new ShardIterator(shard.id(), scanStart + scanPage).encode());
        }
        return new SeekResult(new ShardIterator(shard.id(), target).encode(), null);
    }

    /** Result of a timestamp seek: either an iterator or a continuation token. */
    public record SeekResult(String iterator, String nextToken) {
    }

    /** Reads up to {@code limit} records at {@code iterator}. */
    public RecordPage read(Shard shard, ShardIterator iterator, int limit, long nowMicros) {
        ShardLog log = shard.log();
        boolean closed = shard.isClosed(); // read before the count: a closed shard's count is final
        int count = log.count();
        int first = log.trimBefore(retentionCutoff(nowMicros));
        int from = iterator.index();
        if (from < first || from > count) {
            throw OtsError.trimmedDataAccess();
        }
        int to = (int) Math.min(count, (long) from + limit);
        byte[] records = new byte[log.byteSize(from, to)];
        log.copy(from, to, records, 0);
        boolean atEnd = closed && to == count;
        String next = atEnd ? null : new ShardIterator(shard.id(), to).encode();
        return new RecordPage(records, to - from, next, to < count);
    }

    /** Encoded {@code stream_records} entries plus what the reply says about what follows. */
    public record RecordPage(byte[] encodedRecords, int recordCount, String nextIterator, boolean mayHaveMore) {
    }

    /** Bytes of stream data held, for memory accounting. */
    public long retainedBytes() {
        long total = 0;
        for (Shard shard : shards) {
            total += shard.log().retainedBytes();
        }
        return total;
    }
}
