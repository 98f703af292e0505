package io.ots2oss.common.config;

import java.util.Locale;

/** An enum constant that users choose by its name in lower case, such as {@code gzip} for {@code compress}. */
public interface JobValue {
    /** Implemented by every enum. */
    String name();

    default String jobValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant whose job value equals {@code value}, ignoring case and surrounding blanks; {@code whenBlank}
     * when the value is absent or blank; null when nothing matches (the caller names the key and the choices).
     */
    static <E extends Enum<E> & JobValue> E lookup(E[] constants, String value, E whenBlank) {
        if (value == null || value.trim().isEmpty()) {
            return whenBlank;
        }
        String normalized = normalize(value);
        for (E constant : constants) {
            if (constant.jobValue().equals(normalized)) {
                return constant;
            }
        }
        return null;
    }

    static String normalize(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
