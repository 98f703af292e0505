package io.ots2oss.osswriter.config;

import java.util.Locale;

/** Stream compression for text and CSV objects. */
public enum Compression {
    NONE("none", ""),
    GZIP("gzip", ".gz"),
    BZIP2("bzip2", ".bz2"),
    ZSTD("zstd", ".zst");

    private final String jobValue;
    private final String extension;

    Compression(String jobValue, String extension) {
        this.jobValue = jobValue;
        this.extension = extension;
    }

    public String jobValue() {
        return jobValue;
    }

    /** The extension appended when {@code suffix} is not set, with its dot; empty for none. */
    public String extension() {
        return extension;
    }

    static Compression parse(String key, String value) {
        if (value == null || value.trim().isEmpty()) {
            return NONE;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        for (Compression compression : values()) {
            if (compression.jobValue.equals(normalized)) {
                return compression;
            }
        }
        if ("gz".equals(normalized)) {
            return GZIP;
        }
        throw ConfigException.illegal(key, value, "one of none, gzip, bzip2, zstd for fileFormat text or csv");
    }
}
