package io.ots2oss.testkit.plugin;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.testkit.engine.FrameworkErrorCode;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * DataX's JarLoader: a plain parent-first URLClassLoader over every {@code *.jar} in the plugin directory and,
 * recursively, its sub-directories. Directories themselves are not on its class path.
 */
public final class PluginClassLoaders {

    private PluginClassLoaders() {
    }

    public static URLClassLoader create(PluginDescriptor plugin, ClassLoader dataxLib) {
        URL[] urls = jarsUnder(plugin.directory()).stream().map(PluginClassLoaders::toUrl).toArray(URL[]::new);
        return new URLClassLoader("plugin-" + plugin.type().directoryName() + "-" + plugin.name(), urls, dataxLib);
    }

    static List<Path> jarsUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR, "cannot list " + directory, e);
        }
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
