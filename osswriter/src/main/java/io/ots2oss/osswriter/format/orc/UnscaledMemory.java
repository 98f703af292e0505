package io.ots2oss.osswriter.format.orc;

import org.apache.hadoop.fs.Path;
import org.apache.orc.MemoryManager;

/**
 * Each writer keeps to its own stripe size. ORC's default manager shares one JVM-wide pool among all writers of the
 * class loader and shrinks stripes as writers join; ours are already bounded per task like Parquet's row groups.
 */
final class UnscaledMemory implements MemoryManager {
    @Override
    public void addWriter(Path path, long requestedAllocation, Callback callback) {
    }

    @Override
    public void removeWriter(Path path) {
    }

    @Override
    @Deprecated
    public void addedRow(int rows) {
    }
}
