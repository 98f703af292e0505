package io.ots2oss.otsstreamreader.stream;

/** Why a shard stopped in this window. */
public enum StopReason {
    /** A record at or after the window end was reached; the checkpoint points at it. */
    REACHED_END("reached end"),
    /** The shard had no more records for now. */
    CAUGHT_UP("caught up"),
    /** The shard is closed and was read to its last record. */
    SHARD_CLOSED("shard closed"),
    /** Already closed at the previous window. */
    ALREADY_CLOSED("already closed"),
    /** A parent stopped before its end, so this child waits for the next window. */
    SKIPPED("skipped, parent not finished");

    private final String words;

    StopReason(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }
}
