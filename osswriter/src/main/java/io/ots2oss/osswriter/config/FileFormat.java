package io.ots2oss.osswriter.config;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.JobValue;

/** The object format. */
public enum FileFormat implements JobValue {
    TEXT(".txt"),
    CSV(".csv"),
    PARQUET(".parquet");

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    /** The extension used by {@code ${ext}} in name templates, with its dot. */
    public String extension() {
        return extension;
    }

    static FileFormat parse(String key, String value) {
        FileFormat format = JobValue.lookup(values(), value, TEXT);
        if (format != null) {
            return format;
        }
        String normalized = JobValue.normalize(value);
        if ("orc".equals(normalized) || "sql".equals(normalized)) {
            throw new ConfigError(key, "Job key '" + key + "' = [" + value + "] is not supported yet by this osswriter: use text, csv or parquet.");
        }
        throw ConfigError.illegal(key, value, "one of text, csv, parquet");
    }
}
