package io.ots2oss.otsstreamreader.config;

import com.alibaba.datax.common.util.Configuration;

/** Typed access to raw job values, failing with an error that names the key. */
final class ValueReader {
    private final Configuration conf;

    ValueReader(Configuration conf) {
        this.conf = conf;
    }

    /** Absent, null and blank values all count as unset (job templates often carry empty strings). */
    boolean has(String key) {
        return raw(key) != null;
    }

    Object raw(String key) {
        Object value = conf.get(key);
        if (value instanceof String && ((String) value).trim().isEmpty()) {
            return null;
        }
        return value;
    }

    /** Trimmed text, or null when absent; blank counts as an error. */
    String text(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw ConfigProblem.of(key, value, "a non-empty string");
        }
        String text = String.valueOf(value).trim();
        if (text.isEmpty()) {
            throw ConfigProblem.of(key, value, "a non-empty string");
        }
        return text;
    }

    boolean bool(String key, boolean defaultValue) {
        Object value = raw(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            if ("true".equalsIgnoreCase(text)) {
                return true;
            }
            if ("false".equalsIgnoreCase(text)) {
                return false;
            }
        }
        throw ConfigProblem.of(key, value, "true or false");
    }

    int intAtLeast(String key, int defaultValue, int min) {
        Object value = raw(key);
        if (value == null) {
            return defaultValue;
        }
        Long parsed = asLong(value);
        if (parsed == null || parsed < min || parsed > Integer.MAX_VALUE) {
            throw ConfigProblem.of(key, value, "an integer >= " + min);
        }
        return parsed.intValue();
    }

    long millis(String key) {
        Object value = raw(key);
        Long parsed = asLong(value);
        if (parsed == null || parsed < 0) {
            throw ConfigProblem.of(key, value, "epoch milliseconds, a non-negative integer such as 1516010400000");
        }
        return parsed;
    }

    static Long asLong(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            if (text.matches("-?\\d{1,18}")) {
                return Long.parseLong(text);
            }
        }
        return null;
    }
}
