package io.ots2oss.otsstreamreader.config;

/** A credential value that never shows itself in toString, logs or exception messages. */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null ? null : new Secret(value);
    }

    /** The clear value; only for handing to the SDK. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "******";
    }
}
