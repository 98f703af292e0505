package io.ots2oss.osswriter.config;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.JobValue;

/** Stream compression for text and CSV objects. */
public enum Compression implements JobValue {
    NONE(""),
    GZIP(".gz"),
    BZIP2(".bz2"),
    ZSTD(".zst");

    private final String extension;

    Compression(String extension) {
        this.extension = extension;
    }

    /** The extension appended when {@code suffix} is not set, with its dot; empty for none. */
    public String extension() {
        return extension;
    }

    public static Compression parse(String key, String value) {
        Compression compression = JobValue.lookup(values(), value, NONE);
        if (compression != null) {
            return compression;
        }
        if ("gz".equals(JobValue.normalize(value))) {
            return GZIP;
        }
        throw ConfigError.illegal(key, value, "one of none, gzip, bzip2, zstd for fileFormat text or csv");
    }
}
