package io.ots2oss.osswriter.config;

import java.util.Locale;

/** Page compression inside Parquet objects. */
public enum ParquetCodec {
    UNCOMPRESSED, SNAPPY, GZIP, ZSTD;

    static ParquetCodec parse(String key, String value) {
        if (value == null || value.trim().isEmpty()) {
            return UNCOMPRESSED;
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT);
        if ("NONE".equals(normalized)) {
            return UNCOMPRESSED;
        }
        for (ParquetCodec codec : values()) {
            if (codec.name().equals(normalized)) {
                return codec;
            }
        }
        throw ConfigException.illegal(key, value, "one of snappy, gzip, zstd, uncompressed (or none) for fileFormat parquet");
    }
}
