package io.ots2oss.common.config;

import com.alibaba.datax.common.util.Configuration;
import com.alibaba.fastjson2.JSON;
import io.ots2oss.common.secret.Secret;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed, validating reads of a plugin's job keys, as parsed from the job's JSON. Every failure is a
 * {@link ConfigError} naming the key, its value (never for a secret key) and what is expected.
 *
 * <p>Absent, null and blank values count as unset: DataX job templates often carry empty strings.
 */
public final class KeyReader {
    private final Map<String, ?> values;
    private final String prefix;
    private final Set<String> secretKeys;

    /** {@code secretKeys}: keys whose values never appear in errors (compared ignoring case). */
    public KeyReader(Map<String, ?> values, String... secretKeys) {
        this(values, "", lowerCase(Arrays.asList(secretKeys)));
    }

    private KeyReader(Map<String, ?> values, String prefix, Set<String> secretKeys) {
        this.values = values == null ? Collections.<String, Object>emptyMap() : values;
        this.prefix = prefix;
        this.secretKeys = secretKeys;
    }

    /** Reads the top level of a plugin's {@code parameter} section. */
    @SuppressWarnings("unchecked")
    public static KeyReader of(Configuration parameter, String... secretKeys) {
        Object root = parameter.getInternal();
        if (!(root instanceof Map)) {
            throw ConfigError.illegal("parameter", root, "a JSON object holding the plugin's job keys");
        }
        return new KeyReader((Map<String, ?>) root, secretKeys);
    }

    /** A reader in which {@code fallback} fills the keys this job leaves unset (e.g. a data source's fields). */
    public KeyReader withFallback(Map<String, String> fallback) {
        Map<String, Object> merged = new HashMap<String, Object>(fallback);
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (has(entry.getKey()) || !merged.containsKey(entry.getKey())) {
                merged.put(entry.getKey(), entry.getValue());
            }
        }
        return new KeyReader(merged, prefix, secretKeys);
    }

    /** The full name of {@code key} as errors show it, such as {@code column[2].name}. */
    public String name(String key) {
        return prefix + key;
    }

    public boolean has(String key) {
        return raw(key) != null;
    }

    /** The value as parsed from JSON, or null when unset. */
    public Object raw(String key) {
        Object value = values.get(key);
        if (value instanceof String && ((String) value).trim().isEmpty()) {
            return null;
        }
        return value;
    }

    /** The trimmed text, or null when unset; objects, arrays and booleans are refused. */
    public String text(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        return scalarText(key, value, "a string").trim();
    }

    /**
     * The text exactly as written, or null only when absent or null: delimiters and null markers may be blanks or
     * empty.
     */
    public String verbatim(String key) {
        Object value = values.get(key);
        return value == null ? null : scalarText(key, value, "a string");
    }

    public String required(String key, String expected) {
        String value = text(key);
        if (value == null) {
            throw missing(key, expected);
        }
        return value;
    }

    /** A secret, or null when unset; only strings are accepted, and the value never appears in an error. */
    public Secret secret(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String)) {
            throw ConfigError.illegalSecret(name(key), "a non-empty string");
        }
        return Secret.of(((String) value).trim());
    }

    public Secret requiredSecret(String key, String expected) {
        Secret value = secret(key);
        if (value == null) {
            throw missing(key, expected);
        }
        return value;
    }

    public boolean bool(String key, boolean defaultValue) {
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
        throw illegal(key, value, "true or false");
    }

    /** A whole number in {@code [min, max]}, or null when unset; {@code 5}, {@code 5.0} and {@code "5"} all read 5. */
    public Long wholeNumber(String key, long min, long max, String expected) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        Long parsed = asLong(value);
        if (parsed == null || parsed < min || parsed > max) {
            throw illegal(key, value, expected == null ? range(min, max) : expected);
        }
        return parsed;
    }

    public long longInRange(String key, long defaultValue, long min, long max) {
        Long value = wholeNumber(key, min, max, null);
        return value == null ? defaultValue : value;
    }

    public int intInRange(String key, int defaultValue, int min, int max) {
        return (int) longInRange(key, defaultValue, min, max);
    }

    public int intAtLeast(String key, int defaultValue, int min) {
        return intInRange(key, defaultValue, min, Integer.MAX_VALUE);
    }

    /** An enumerated value chosen by its {@link JobValue#jobValue()} ignoring case; {@code whenUnset} when unset. */
    public <E extends Enum<E> & JobValue> E choice(String key, E[] constants, E whenUnset, String expected) {
        String value = text(key);
        if (value == null) {
            return whenUnset;
        }
        E constant = JobValue.lookup(constants, value, whenUnset);
        if (constant == null) {
            throw illegal(key, value, expected);
        }
        return constant;
    }

    /** A JSON array of scalars as strings (null items read as empty); empty when unset. */
    public List<String> strings(String key) {
        List<String> result = new ArrayList<String>();
        List<?> items = list(key, "a JSON array of strings");
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            result.add(item == null ? "" : scalarText(key + "[" + i + "]", item, "a string"));
        }
        return result;
    }

    /** A JSON array; empty when unset. */
    public List<?> list(String key, String expected) {
        Object value = raw(key);
        if (value == null) {
            return Collections.emptyList();
        }
        if (!(value instanceof List)) {
            throw illegal(key, value, expected);
        }
        return (List<?>) value;
    }

    /** A JSON array of objects, each read by its own reader whose errors name {@code key[i].field}. */
    @SuppressWarnings("unchecked")
    public List<KeyReader> objects(String key, String expected) {
        List<KeyReader> result = new ArrayList<KeyReader>();
        List<?> items = list(key, expected);
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String itemKey = key + "[" + i + "]";
            if (!(item instanceof Map)) {
                throw illegal(itemKey, item, expected);
            }
            result.add(new KeyReader((Map<String, ?>) item, name(itemKey) + ".", secretKeys));
        }
        return result;
    }

    /**
     * A JSON object read by its own reader whose errors name {@code key.field}, or null when unset. A string holding
     * a JSON object is read too, since DataX's {@code Configuration.getString} hands plugins either form.
     */
    @SuppressWarnings("unchecked")
    public KeyReader object(String key, String expected) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String) {
            try {
                value = JSON.parseObject((String) value);
            } catch (RuntimeException e) {
                throw illegal(key, value, expected);
            }
        }
        if (!(value instanceof Map)) {
            throw illegal(key, value, expected);
        }
        return new KeyReader((Map<String, ?>) value, name(key) + ".", secretKeys);
    }

    /** The keys present, in the job's order where the JSON kept it. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** An error about {@code key} naming its value, or hiding it when the key is a secret. */
    public ConfigError illegal(String key, Object value, String expected) {
        if (secretKeys.contains(key.toLowerCase(Locale.ROOT))) {
            return ConfigError.illegalSecret(name(key), expected);
        }
        return ConfigError.illegal(name(key), value, expected);
    }

    public ConfigError missing(String key, String expected) {
        return ConfigError.missing(name(key), expected);
    }

    private String scalarText(String key, Object value, String expected) {
        if (value instanceof String || value instanceof Number) {
            return String.valueOf(value);
        }
        throw illegal(key, value, expected);
    }

    /** Whole numbers only: integral JSON numbers or decimal digits, within the range of a long. */
    static Long asLong(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            try {
                return new BigDecimal(String.valueOf(value)).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            if (text.matches("[+-]?\\d{1,18}")) {
                return Long.parseLong(text);
            }
        }
        return null;
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return min == 1 ? "a positive whole number" : "a whole number >= " + min;
        }
        return "a whole number from " + min + " to " + max;
    }

    private static Set<String> lowerCase(Collection<String> keys) {
        Set<String> result = new HashSet<String>();
        for (String key : keys) {
            result.add(key.toLowerCase(Locale.ROOT));
        }
        return result;
    }
}
