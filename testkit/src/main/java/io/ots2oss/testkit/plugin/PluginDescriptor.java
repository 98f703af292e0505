package io.ots2oss.testkit.plugin;

import com.alibaba.fastjson2.JSONObject;

import java.nio.file.Path;

/**
 * One {@code plugin.json}, as ConfigParser keeps it: the file's content plus {@code path} (the plugin directory, when
 * the file has none) and {@code loadType=jarLoader}.
 */
public record PluginDescriptor(PluginType type, String name, String className, Path directory, JSONObject conf) {

    static PluginDescriptor of(PluginType type, Path directory, JSONObject pluginJson) {
        JSONObject conf = new JSONObject(pluginJson);
        if (!conf.containsKey("path")) {
            conf.put("path", directory.toString());
            conf.put("loadType", "jarLoader");
        }
        return new PluginDescriptor(type, pluginJson.getString("name"), pluginJson.getString("class"),
                Path.of(conf.getString("path")), conf);
    }
}
