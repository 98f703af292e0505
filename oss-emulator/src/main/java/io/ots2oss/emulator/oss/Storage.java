package io.ots2oss.emulator.oss;

import io.ots2oss.emulator.oss.store.BlobWriter;
import io.ots2oss.emulator.oss.store.DiscardStorage;
import io.ots2oss.emulator.oss.store.DiskStorage;
import io.ots2oss.emulator.oss.store.MemoryStorage;

import java.io.IOException;
import java.nio.file.Path;

/** Where object and part bodies go. Metadata (keys, sizes, checksums) always stays in memory. */
public interface Storage {

    /** Bodies on the heap: the default, for tests. */
    static Storage memory() {
        return new MemoryStorage();
    }

    /** Bodies streamed to files under {@code directory}, so multi-GB outputs stay off the heap. */
    static Storage disk(Path directory) {
        return new DiskStorage(directory);
    }

    /** Keeps only sizes and checksums: reads of content fail. For throughput benchmarks. */
    static Storage discard() {
        return new DiscardStorage();
    }

    /** @param sizeHint the announced body length, or -1 when the body is chunked */
    BlobWriter newWriter(long sizeHint) throws IOException;

    boolean keepsContent();

    /** Removes anything the storage created (files), after the emulator stopped. */
    default void close() {
    }
}
