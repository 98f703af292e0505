package com.alibaba.datax.common.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Operations on the plain Map/List/scalar tree behind a {@link Configuration}. */
final class ConfigTree {

    private ConfigTree() {
    }

    /** The value at {@code steps}, or null when any step is missing or meets a value of another shape. */
    static Object find(Object root, List<ConfigPath.Step> steps) {
        Object current = root;
        for (ConfigPath.Step step : steps) {
            if (current == null) {
                return null;
            }
            current = step.isIndex() ? element(current, step.index) : member(current, step.key);
        }
        return current;
    }

    private static Object element(Object node, int index) {
        if (!(node instanceof List)) {
            return null;
        }
        List<?> list = (List<?>) node;
        return index < list.size() ? list.get(index) : null;
    }

    private static Object member(Object node, String key) {
        return node instanceof Map ? ((Map<?, ?>) node).get(key) : null;
    }

    /** Returns {@code node} with {@code value} stored at {@code steps[from..]}, building containers as needed. */
    @SuppressWarnings("unchecked")
    static Object put(Object node, List<ConfigPath.Step> steps, int from, Object value) {
        if (from == steps.size()) {
            return value;
        }
        ConfigPath.Step step = steps.get(from);
        if (step.isIndex()) {
            List<Object> list = node instanceof List ? (List<Object>) node : new ArrayList<Object>();
            while (list.size() <= step.index) {
                list.add(null);
            }
            list.set(step.index, put(list.get(step.index), steps, from + 1, value));
            return list;
        }
        Map<String, Object> map = node instanceof Map ? (Map<String, Object>) node : new LinkedHashMap<String, Object>();
        map.put(step.key, put(map.get(step.key), steps, from + 1, value));
        return map;
    }

    /** Replaces any Configuration inside a value by a copy of its tree. */
    static Object unwrap(Object value) {
        if (value instanceof Configuration) {
            return deepCopy(((Configuration) value).getInternal());
        }
        if (value instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<String, Object>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                copy.put(String.valueOf(entry.getKey()), unwrap(entry.getValue()));
            }
            return copy;
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<Object>();
            for (Object element : (List<?>) value) {
                copy.add(unwrap(element));
            }
            return copy;
        }
        return value;
    }

    /** Copies maps and lists; scalars (String, Number, Boolean) are immutable and shared. */
    static Object deepCopy(Object value) {
        return unwrap(value);
    }

    static void collectLeafPaths(Object node, String prefix, Set<String> into) {
        if (node instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) node).entrySet()) {
                String key = String.valueOf(entry.getKey()).trim();
                collectLeafPaths(entry.getValue(), prefix.isEmpty() ? key : prefix + "." + key, into);
            }
        } else if (node instanceof List) {
            List<?> list = (List<?>) node;
            for (int i = 0; i < list.size(); i++) {
                collectLeafPaths(list.get(i), prefix + "[" + i + "]", into);
            }
        } else {
            into.add(prefix);
        }
    }
}
