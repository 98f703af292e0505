package io.ots2oss.testkit.config;

import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import java.util.List;
import java.util.Locale;

/**
 * Masks secrets in a configuration before it is printed. DataX masks string values under keys ending in
 * {@code password} or {@code accessKey}; the testkit also masks {@code securityToken} and {@code secret}, and does not
 * reveal the length of the value.
 */
public final class SensitiveKeys {

    static final String MASK = "******";
    private static final List<String> SENSITIVE_SUFFIXES = List.of("password", "accesskey", "securitytoken", "secret");

    private SensitiveKeys() {
    }

    public static boolean isSensitive(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SENSITIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /** A deep copy of {@code config} with every sensitive string value masked. */
    public static JSONObject masked(JSONObject config) {
        JSONObject copy = new JSONObject(config.size());
        for (String key : config.keySet()) {
            Object value = config.get(key);
            copy.put(key, isSensitive(key) && value instanceof String ? MASK : maskedValue(value));
        }
        return copy;
    }

    private static Object maskedValue(Object value) {
        if (value instanceof JSONObject object) {
            return masked(object);
        }
        if (value instanceof JSONArray array) {
            JSONArray copy = new JSONArray(array.size());
            for (Object element : array) {
                copy.add(maskedValue(element));
            }
            return copy;
        }
        return value;
    }
}
