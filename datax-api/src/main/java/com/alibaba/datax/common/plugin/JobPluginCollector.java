package com.alibaba.datax.common.plugin;

import java.util.List;
import java.util.Map;

public interface JobPluginCollector extends PluginCollector {
    /** Messages collected from all tasks, by key. */
    Map<String, List<String>> getMessage();

    List<String> getMessage(String key);
}
