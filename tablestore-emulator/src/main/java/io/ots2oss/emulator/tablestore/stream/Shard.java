package io.ots2oss.emulator.tablestore.stream;

/**
 * One stream shard: a range {@code [low, high)} of the partition hash space, its parents and its
 * record log. A shard is closed by a split or merge; its log then never grows again.
 */
public final class Shard {
    private final String id;
    private final String parentId;
    private final String parentSiblingId;
    private final long low;
    private final long high;
    private final ShardLog log = new ShardLog();
    private volatile boolean closed;
    private volatile long closedAtMicros;

    Shard(String id, String parentId, String parentSiblingId, long low, long high) {
        this.id = id;
        this.parentId = parentId;
        this.parentSiblingId = parentSiblingId;
        this.low = low;
        this.high = high;
    }

    public String id() {
        return id;
    }

    public String parentId() {
        return parentId;
    }

    public String parentSiblingId() {
        return parentSiblingId;
    }

    long low() {
        return low;
    }

    long high() {
        return high;
    }

    boolean owns(long hash) {
        return hash >= low && hash < high;
    }

    public boolean isClosed() {
        return closed;
    }

    long closedAtMicros() {
        return closedAtMicros;
    }

    void close(long nowMicros) {
        closedAtMicros = nowMicros;
        closed = true;
    }

    ShardLog log() {
        return log;
    }

    /** Records written to this shard so far (trimmed ones included). */
    public int recordCount() {
        return log.count();
    }

    @Override
    public String toString() {
        return "Shard{" + id + (closed ? ", closed" : "") + ", records=" + log.count() + "}";
    }
}
