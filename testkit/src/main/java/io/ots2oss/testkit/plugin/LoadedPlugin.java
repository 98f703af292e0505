package io.ots2oss.testkit.plugin;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.plugin.AbstractPlugin;
import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.testkit.engine.FrameworkErrorCode;

import java.io.IOException;
import java.net.URLClassLoader;

/**
 * One plugin with its own class loader (DataX's LoadUtil): Job and Task instances are {@code <class>$Job} and
 * {@code <class>$Task} loaded through it, built with their no-arg constructor and given the plugin.json content.
 */
public final class LoadedPlugin implements AutoCloseable {

    private final PluginDescriptor descriptor;
    private final URLClassLoader classLoader;

    public LoadedPlugin(PluginDescriptor descriptor, ClassLoader dataxLib) {
        this.descriptor = descriptor;
        this.classLoader = PluginClassLoaders.create(descriptor, dataxLib);
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public String name() {
        return descriptor.name();
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    /** A new {@code <class>$Job} instance. */
    public <T extends AbstractPlugin> T newJob(Class<T> expected) {
        return instantiate("$Job", expected);
    }

    /** A new {@code <class>$Task} instance. */
    public <T extends AbstractPlugin> T newTask(Class<T> expected) {
        return instantiate("$Task", expected);
    }

    private <T extends AbstractPlugin> T instantiate(String suffix, Class<T> expected) {
        return ContextClassLoader.call(classLoader, () -> load(suffix, expected));
    }

    private <T extends AbstractPlugin> T load(String suffix, Class<T> expected) {
        String className = descriptor.className() + suffix;
        try {
            Class<?> type = Class.forName(className, true, classLoader);
            if (!expected.isAssignableFrom(type)) {
                throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR, String.format(
                        "%s of plugin '%s' is not a %s", className, name(), expected.getName()));
            }
            T plugin = expected.cast(type.getDeclaredConstructor().newInstance());
            plugin.setPluginConf(Configuration.from(descriptor.conf().toJSONString()));
            return plugin;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_INIT_ERROR, String.format(
                    "cannot load %s of plugin '%s' from %s: %s", className, name(), descriptor.directory(), e), e);
        }
    }

    @Override
    public void close() throws IOException {
        classLoader.close();
    }
}
