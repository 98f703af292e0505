package io.ots2oss.osswriter.config;

import java.util.Locale;

/** The object format. */
public enum FileFormat {
    TEXT("text", ".txt"),
    CSV("csv", ".csv"),
    PARQUET("parquet", ".parquet");

    private final String jobValue;
    private final String extension;

    FileFormat(String jobValue, String extension) {
        this.jobValue = jobValue;
        this.extension = extension;
    }

    public String jobValue() {
        return jobValue;
    }

    /** The extension used by {@code ${ext}} in name templates, with its dot. */
    public String extension() {
        return extension;
    }

    static FileFormat parse(String key, String value) {
        if (value == null || value.trim().isEmpty()) {
            return TEXT;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (format.jobValue.equals(normalized)) {
                return format;
            }
        }
        if ("orc".equals(normalized) || "sql".equals(normalized)) {
            throw new ConfigException(key, "Job key '" + key + "' = [" + value + "] is not supported yet by this osswriter: use text, csv or parquet.");
        }
        throw ConfigException.illegal(key, value, "one of text, csv, parquet");
    }
}
