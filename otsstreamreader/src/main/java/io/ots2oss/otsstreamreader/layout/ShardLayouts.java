package io.ots2oss.otsstreamreader.layout;

/**
 * Makes the task's output layout once per shard reader: each reader then creates its DataX records through a factory
 * of its own, with no state shared between shard threads on the per-record path.
 */
public interface ShardLayouts {
    RecordLayout newLayout();
}
