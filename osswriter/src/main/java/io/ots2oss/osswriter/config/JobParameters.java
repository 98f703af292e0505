package io.ots2oss.osswriter.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Typed, strict reads of raw job values (as parsed from JSON), with errors that name the key. */
final class JobParameters {
    private final Map<String, Object> values;

    JobParameters(Map<String, Object> values) {
        this.values = values;
    }

    boolean has(String key) {
        Object value = values.get(key);
        return value != null && !(value instanceof String && ((String) value).trim().isEmpty());
    }

    /** The value as text without trimming (delimiters may be spaces), or null when absent. */
    String rawString(String key) {
        Object value = values.get(key);
        return value == null ? null : String.valueOf(value);
    }

    /** The trimmed value, or null when absent or blank. */
    String string(String key) {
        return has(key) ? rawString(key).trim() : null;
    }

    String required(String key, String expected) {
        String value = string(key);
        if (value == null) {
            throw ConfigException.missing(key, expected);
        }
        return value;
    }

    boolean bool(String key, boolean defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        Object value = values.get(key);
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = String.valueOf(value).trim();
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw ConfigException.illegal(key, value, "true or false");
    }

    long positiveLong(String key, long defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        Object value = values.get(key);
        long parsed;
        try {
            parsed = value instanceof Number ? ((Number) value).longValue() : Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw ConfigException.illegal(key, value, "a positive whole number");
        }
        if (parsed <= 0 || (value instanceof Number && ((Number) value).doubleValue() != parsed)) {
            throw ConfigException.illegal(key, value, "a positive whole number");
        }
        return parsed;
    }

    int intInRange(String key, int defaultValue, int min, int max) {
        long parsed = positiveLong(key, defaultValue);
        if (parsed < min || parsed > max) {
            throw ConfigException.illegal(key, values.get(key), "a whole number from " + min + " to " + max);
        }
        return (int) parsed;
    }

    List<String> stringList(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Collections.emptyList();
        }
        if (!(value instanceof List)) {
            throw ConfigException.illegal(key, value, "a JSON array of strings");
        }
        List<String> result = new ArrayList<String>();
        for (Object item : (List<?>) value) {
            result.add(item == null ? "" : String.valueOf(item));
        }
        return result;
    }

    List<?> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Collections.emptyList();
        }
        if (!(value instanceof List)) {
            throw ConfigException.illegal(key, "(not a list)", "a JSON array");
        }
        return (List<?>) value;
    }
}
