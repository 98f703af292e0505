package io.ots2oss.osswriter.config;

/** A job key with a missing or illegal value; the message names the key, the value and what is expected. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    public static ConfigException missing(String key, String expected) {
        return new ConfigException(key, "Job key '" + key + "' is required: " + expected + ".");
    }

    public static ConfigException illegal(String key, Object value, String expected) {
        return new ConfigException(key, "Job key '" + key + "' has the illegal value [" + value + "]: expected " + expected + ".");
    }

    public String key() {
        return key;
    }
}
