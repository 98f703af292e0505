package io.ots2oss.testkit.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The model of {@code $DATAX_HOME/lib}: the parent of every plugin class loader.
 *
 * <p>It sees the JDK, plus the classes and resources of the DataX API and of the libraries DataX ships in lib/
 * (fastjson2, slf4j, logback, commons-*, httpclient...) taken from the class path it wraps. Everything else on that
 * class path (JUnit, SDKs, emulators, the plugins' own classes) stays hidden, so a plugin that forgot a jar in its
 * libs/ fails in a test exactly as it would in DataX.
 */
public final class DataxLibClassLoader extends ClassLoader {

    /** Package prefixes of what DataX's lib/ provides. */
    static final List<String> LIB_PACKAGES = List.of(
            "com.alibaba.datax.common.",
            "com.alibaba.fastjson2.",
            "org.slf4j.",
            "ch.qos.logback.",
            "org.apache.commons.lang3.",
            "org.apache.commons.io.",
            "org.apache.commons.codec.",
            "org.apache.commons.lang.",
            "org.apache.commons.beanutils.",
            "org.apache.commons.collections.",
            "org.apache.commons.configuration.",
            "org.apache.commons.math3.",
            "org.apache.commons.logging.",
            "org.apache.http.",
            "groovy.",
            "org.codehaus.groovy.",
            "org.codehaus.janino.",
            "org.codehaus.commons.compiler.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader classPath;

    /** @param classPath where DataX lib classes are found (the test's class path) */
    public DataxLibClassLoader(ClassLoader classPath) {
        super("datax-lib", ClassLoader.getPlatformClassLoader());
        this.classPath = classPath;
    }

    public static boolean isLibClass(String className) {
        return LIB_PACKAGES.stream().anyMatch(className::startsWith);
    }

    static boolean isLibResource(String resourceName) {
        String asClassName = resourceName.replace('/', '.');
        return isLibClass(asClassName);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!isLibClass(name)) {
            throw new ClassNotFoundException(name + " (not in DataX's lib/)");
        }
        return classPath.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return isLibResource(name) ? classPath.getResource(name) : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return isLibResource(name) ? classPath.getResources(name) : Collections.emptyEnumeration();
    }
}
