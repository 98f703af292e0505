package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.plugin.JobPluginCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** DataX's DefaultJobPluginCollector: the messages task plugins sent through {@code collectMessage}. */
final class JobCollector implements JobPluginCollector {

    private final Map<String, List<String>> messages = new ConcurrentHashMap<>();

    void add(String key, String value) {
        messages.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(value);
    }

    @Override
    public Map<String, List<String>> getMessage() {
        Map<String, List<String>> copy = new ConcurrentHashMap<>();
        messages.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    @Override
    public List<String> getMessage(String key) {
        List<String> values = messages.get(key);
        return values == null ? null : new ArrayList<>(values);
    }
}
