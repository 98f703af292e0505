package io.ots2oss.testkit.config;

import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

/** Dotted-path reads over a parsed JSON tree ({@code a.b[0].c}) and DataX's non-overwriting merge. */
public final class JsonTree {

    private JsonTree() {
    }

    /** The value at {@code path}, or null when any step is missing. */
    public static Object at(JSONObject root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String key = bracket < 0 ? step : step.substring(0, bracket);
            if (!(current instanceof JSONObject object)) {
                return null;
            }
            current = object.get(key);
            if (bracket >= 0) {
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                if (!(current instanceof JSONArray array) || index >= array.size()) {
                    return null;
                }
                current = array.get(index);
            }
        }
        return current;
    }

    /** Copies into {@code target} every leaf of {@code defaults} that {@code target} lacks (DataX's merge(core, false)). */
    public static void mergeMissing(JSONObject target, JSONObject defaults) {
        for (String key : defaults.keySet()) {
            Object fallback = defaults.get(key);
            Object present = target.get(key);
            if (present == null) {
                target.put(key, deepCopy(fallback));
            } else if (present instanceof JSONObject presentObject && fallback instanceof JSONObject fallbackObject) {
                mergeMissing(presentObject, fallbackObject);
            }
        }
    }

    private static Object deepCopy(Object value) {
        if (value instanceof JSONObject object) {
            JSONObject copy = new JSONObject();
            object.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (value instanceof JSONArray array) {
            JSONArray copy = new JSONArray();
            array.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }
}
