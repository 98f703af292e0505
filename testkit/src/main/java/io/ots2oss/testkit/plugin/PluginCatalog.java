package io.ots2oss.testkit.plugin;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.testkit.engine.FrameworkErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Plugin discovery as DataX's ConfigParser does it: every {@code plugin/reader/*}{@code /plugin.json} and
 * {@code plugin/writer/*}{@code /plugin.json} is read (a missing or broken one fails the job, whatever plugins it
 * wants), then only the wanted plugins are kept. A wanted name found twice, or not found, is an error.
 */
public final class PluginCatalog {

    private final Map<String, PluginDescriptor> wanted;

    private PluginCatalog(Map<String, PluginDescriptor> wanted) {
        this.wanted = wanted;
    }

    public static PluginCatalog discover(Path pluginRoot, String readerName, String writerName) {
        List<String> wantedNames = List.of(readerName, writerName);
        Map<String, PluginDescriptor> found = new HashMap<>();
        for (PluginType type : PluginType.values()) {
            for (Path directory : pluginDirectories(pluginRoot.resolve(type.directoryName()))) {
                JSONObject pluginJson = readPluginJson(directory);
                String name = pluginJson.getString("name");
                if (!wantedNames.contains(name)) {
                    continue;
                }
                if (found.containsKey(name)) {
                    throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR, String.format(
                            "duplicate plugin name '%s': %s and %s", name, found.get(name).directory(), directory));
                }
                requireClass(directory, pluginJson);
                found.put(name, PluginDescriptor.of(type, directory, pluginJson));
            }
        }
        return new PluginCatalog(found);
    }

    /** The wanted plugin of that type, or an error naming what is missing. */
    public PluginDescriptor get(PluginType type, String name) {
        PluginDescriptor descriptor = wanted.get(name);
        if (descriptor == null || descriptor.type() != type) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR, String.format(
                    "no %s plugin named '%s' is installed: no plugin/%s/*/plugin.json has \"name\": \"%s\"",
                    type.directoryName(), name, type.directoryName(), name));
        }
        return descriptor;
    }

    private static List<Path> pluginDirectories(Path typeRoot) {
        if (!Files.isDirectory(typeRoot)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(typeRoot)) {
            return new ArrayList<>(children.filter(Files::isDirectory).sorted().toList());
        } catch (IOException e) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR, "cannot list " + typeRoot, e);
        }
    }

    private static JSONObject readPluginJson(Path directory) {
        Path file = directory.resolve("plugin.json");
        try {
            JSONObject pluginJson = JSON.parseObject(Files.readString(file));
            if (pluginJson == null || pluginJson.getString("name") == null) {
                throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR,
                        file + " has no \"name\"");
            }
            return pluginJson;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataXException dataX) {
                throw dataX;
            }
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR,
                    "cannot read plugin descriptor " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireClass(Path directory, JSONObject pluginJson) {
        if (pluginJson.getString("class") == null || pluginJson.getString("class").isBlank()) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR,
                    directory.resolve("plugin.json") + " has no \"class\"");
        }
    }
}
