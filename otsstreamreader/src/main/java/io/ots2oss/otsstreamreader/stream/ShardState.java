package io.ots2oss.otsstreamreader.stream;

/** Where a shard stands in the current window (same decision table as upstream). */
enum ShardState {
    /** Can be read now: every parent reached its end in this window. */
    READY,
    /** A parent is still being read (here or in another task). */
    BLOCKED,
    /** A parent stopped before its end in this window, so the child starts next window. */
    SKIP,
    /** Done in this window and reached the end of the shard. */
    DONE_REACH_END,
    /** Done in this window without reaching the end of the shard. */
    DONE_NOT_END
}
