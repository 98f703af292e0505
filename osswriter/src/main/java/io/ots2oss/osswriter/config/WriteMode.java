package io.ots2oss.osswriter.config;

import io.ots2oss.common.config.ConfigError;

/** What happens to objects already under the {@code object} prefix before writing. */
public enum WriteMode {
    /** Delete every key starting with {@code object} (upstream semantics: a raw prefix). */
    TRUNCATE("truncate"),
    /** Keep existing objects; new objects get new names. */
    APPEND("append"),
    /** Fail when any key starts with {@code object}. */
    NON_CONFLICT("nonConflict");

    private final String jobValue;

    WriteMode(String jobValue) {
        this.jobValue = jobValue;
    }

    public String jobValue() {
        return jobValue;
    }

    /** Exact, case-sensitive after trimming, like upstream. */
    static WriteMode parse(String key, String value) {
        if (value == null || value.trim().isEmpty()) {
            throw ConfigError.missing(key, "one of truncate, append, nonConflict");
        }
        for (WriteMode mode : values()) {
            if (mode.jobValue.equals(value.trim())) {
                return mode;
            }
        }
        throw ConfigError.illegal(key, value, "one of truncate, append, nonConflict (case-sensitive)");
    }
}
