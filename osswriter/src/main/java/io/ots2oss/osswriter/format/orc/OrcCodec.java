package io.ots2oss.osswriter.format.orc;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.JobValue;

/** Compression of ORC streams: upstream offers none and snappy; ORC itself also has zlib, zstd and lz4. */
public enum OrcCodec implements JobValue {
    NONE, SNAPPY, ZLIB, ZSTD, LZ4;

    static OrcCodec parse(String key, String value) {
        OrcCodec codec = JobValue.lookup(values(), value, NONE);
        if (codec != null) {
            return codec;
        }
        if ("uncompressed".equals(JobValue.normalize(value))) {
            return NONE;
        }
        throw ConfigError.illegal(key, value, "one of none, snappy, zlib, zstd, lz4 for fileFormat orc");
    }
}
