package io.ots2oss.common.secret;

/**
 * A secret string (access key, security token) that cannot leak through {@code toString()}, string
 * concatenation or logging; only {@link #reveal()} hands out the value, at the point it is really needed.
 */
public final class Secret {

    /** What a secret prints as, everywhere. */
    public static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps {@code value}; null stays representable so optional secrets need no special casing. */
    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    /** True when there is no value or it is empty. */
    public boolean isEmpty() {
        return value == null || value.isEmpty();
    }

    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Secret)) {
            return false;
        }
        String otherValue = ((Secret) other).value;
        return value == null ? otherValue == null : value.equals(otherValue);
    }

    @Override
    public int hashCode() {
        return value == null ? 0 : value.hashCode();
    }
}
