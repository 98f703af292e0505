package com.alibaba.datax.common.util;

import java.util.Locale;

/** Helpers for printing configurations. */
public class ConfigurationUtil {

    private static final String MASK = "*****";

    /** A copy in which every key ending in "password" or "accesskey" (any case) reads {@code *****}. */
    public static Configuration filterSensitive(Configuration origin) {
        if (origin == null) {
            return null;
        }
        Configuration copy = origin.clone();
        for (String key : copy.getKeys()) {
            if (isSensitive(key) && copy.get(key) != null) {
                copy.set(key, MASK);
            }
        }
        return copy;
    }

    private static boolean isSensitive(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith("password") || lower.endsWith("accesskey");
    }
}
