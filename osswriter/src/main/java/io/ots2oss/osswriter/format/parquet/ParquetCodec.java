package io.ots2oss.osswriter.format.parquet;


import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.JobValue;

/** Page compression inside Parquet objects. */
public enum ParquetCodec implements JobValue {
    UNCOMPRESSED, SNAPPY, GZIP, ZSTD;

    static ParquetCodec parse(String key, String value) {
        ParquetCodec codec = JobValue.lookup(values(), value, UNCOMPRESSED);
        if (codec != null) {
            return codec;
        }
        if ("none".equals(JobValue.normalize(value))) {
            return UNCOMPRESSED;
        }
        throw ConfigError.illegal(key, value, "one of snappy, gzip, zstd, uncompressed (or none) for fileFormat parquet");
    }
}
