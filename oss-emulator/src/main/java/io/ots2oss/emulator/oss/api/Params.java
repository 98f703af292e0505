package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.http.OssError;

/** Parsing of numeric and optional query parameters, with OSS's InvalidArgument on bad values. */
final class Params {
    private Params() {
    }

    static int boundedInt(String value, int defaultValue, int max, String name) {
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw OssError.invalidArgument(name + " must be an integer between 0 and " + max + ".", name, value);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
