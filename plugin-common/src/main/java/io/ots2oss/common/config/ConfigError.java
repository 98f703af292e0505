package io.ots2oss.common.config;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.spi.ErrorCode;
import com.alibaba.fastjson2.JSON;

import java.util.List;
import java.util.Map;

/**
 * A job key with a missing or illegal value. The message always names the key, the value as the job wrote it
 * (secrets masked, long values cut short) and what is expected. Each plugin turns it into a
 * {@link DataXException} with its own error code at its boundary ({@link #toDataX}).
 */
public final class ConfigError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Values longer than this are shown cut, so that a 2,000-character mistake gives a short message. */
    static final int MAX_SHOWN_CHARS = 120;

    private final String key;

    /** For conditions that need their own sentence; {@code message} must name {@code key} and its value. */
    public ConfigError(String key, String message) {
        super(message);
        this.key = key;
    }

    public static ConfigError missing(String key, String expected) {
        return new ConfigError(key, "Job key '" + key + "' is required: " + expected + ".");
    }

    public static ConfigError illegal(String key, Object value, String expected) {
        return new ConfigError(key, "Job key '" + key + "' has the illegal value [" + show(value) + "]: expected "
                + expected + ".");
    }

    /** Like {@link #illegal} for a key whose value is a secret: the value is never shown. */
    public static ConfigError illegalSecret(String key, String expected) {
        return new ConfigError(key, "Job key '" + key + "' has an illegal value (hidden, it is a secret): expected "
                + expected + ".");
    }

    /** The key this error is about (for several keys, the one to change first). */
    public String key() {
        return key;
    }

    /** This error as a DataX error with the plugin's own code; the message stays the same. */
    public DataXException toDataX(ErrorCode code) {
        return DataXException.asDataXException(code, getMessage());
    }

    /** A value as the job wrote it: JSON for objects and arrays, cut when long. */
    public static String show(Object value) {
        String text = value instanceof Map || value instanceof List ? JSON.toJSONString(value) : String.valueOf(value);
        if (text.length() <= MAX_SHOWN_CHARS) {
            return text;
        }
        return text.substring(0, MAX_SHOWN_CHARS / 2) + "... (" + text.length() + " characters in all)";
    }
}
