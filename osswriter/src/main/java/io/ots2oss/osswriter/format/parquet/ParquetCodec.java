package io.ots2oss.osswriter.format.parquet;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.JobValue;

/** Page compression inside Parquet objects. */
public enum ParquetCodec implements JobValue {
    UNCOMPRESSED, SNAPPY, GZIP, ZSTD,
    /** Raw LZ4 blocks (Parquet's LZ4_RAW; the older Hadoop-framed LZ4 is deprecated by the format). */
    LZ4_RAW;

    static ParquetCodec parse(String key, String value) {
        ParquetCodec codec = JobValue.lookup(values(), value, UNCOMPRESSED);
        if (codec != null) {
            return codec;
        }
        String normalized = JobValue.normalize(value);
        if ("none".equals(normalized)) {
            return UNCOMPRESSED;
        }
        if ("lz4".equals(normalized)) {
            return LZ4_RAW;
        }
        throw ConfigError.illegal(key, value, "one of snappy, gzip, zstd, lz4, uncompressed (or none) for fileFormat parquet");
    }
}
