package io.ots2oss.testkit;

import com.alibaba.fastjson2.JSONObject;
import com.alibaba.fastjson2.JSONWriter;
import io.ots2oss.testkit.plugin.PluginType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Builds a DataX plugin directory ({@code <type>/<name>/plugin.json, <name>.jar, libs/*.jar}) from classes compiled
 * on the current class path, so test plugins load through their own class loader like packaged ones. A jar holds the
 * whole packages (with sub-packages) of the classes named.
 *
 * <pre>{@code
 * Path dir = PluginBuilder.reader("myreader").pluginClass(MyReader.class)
 *         .lib("helper.jar", HelperLib.class).buildInto(tempDir);
 * home.installPlugin(dir);
 * }</pre>
 */
public final class PluginBuilder {

    private final PluginType type;
    private final String name;
    private Class<?> pluginClass;
    private final List<Class<?>> extraPackages = new ArrayList<>();
    private final Map<String, List<Class<?>>> libs = new LinkedHashMap<>();
    private final List<Path> libJars = new ArrayList<>();
    private String description = "test plugin";
    private String developer = "ots2oss testkit";

    private PluginBuilder(PluginType type, String name) {
        this.type = type;
        this.name = name;
    }

    public static PluginBuilder reader(String name) {
        return new PluginBuilder(PluginType.READER, name);
    }

    public static PluginBuilder writer(String name) {
        return new PluginBuilder(PluginType.WRITER, name);
    }

    /** The outer plugin class (with nested {@code Job} and {@code Task}); its package goes into {@code <name>.jar}. */
    public PluginBuilder pluginClass(Class<?> outer) {
        this.pluginClass = outer;
        return this;
    }

    /** Also packs the package of {@code anchor} into the plugin jar. */
    public PluginBuilder withPackageOf(Class<?> anchor) {
        extraPackages.add(anchor);
        return this;
    }

    /** Adds {@code libs/<jarName>} holding the packages of the given classes. */
    public PluginBuilder lib(String jarName, Class<?>... packageAnchors) {
        libs.put(jarName, List.of(packageAnchors));
        return this;
    }

    /** Copies an existing jar into {@code libs/}. */
    public PluginBuilder libJar(Path jar) {
        libJars.add(jar);
        return this;
    }

    public PluginBuilder description(String description) {
        this.description = description;
        return this;
    }

    public PluginBuilder developer(String developer) {
        this.developer = developer;
        return this;
    }

    /** Writes {@code <parent>/<type>/<name>/} and returns it. */
    public Path buildInto(Path parent) {
        if (pluginClass == null) {
            throw new IllegalStateException("pluginClass(...) is required for plugin " + name);
        }
        try {
            Path dir = Files.createDirectories(parent.resolve(type.directoryName()).resolve(name));
            writePluginJson(dir);
            List<Class<?>> anchors = new ArrayList<>();
            anchors.add(pluginClass);
            anchors.addAll(extraPackages);
            writeJar(dir.resolve(name + ".jar"), anchors);
            Path libDir = Files.createDirectories(dir.resolve("libs"));
            for (Map.Entry<String, List<Class<?>>> lib : libs.entrySet()) {
                writeJar(libDir.resolve(lib.getKey()), lib.getValue());
            }
            for (Path jar : libJars) {
                Files.copy(jar, libDir.resolve(jar.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build plugin " + name + " in " + parent, e);
        }
    }

    private void writePluginJson(Path dir) throws IOException {
        JSONObject json = new JSONObject();
        json.put("name", name);
        json.put("class", pluginClass.getName());
        json.put("description", description);
        json.put("developer", developer);
        Files.writeString(dir.resolve("plugin.json"), json.toJSONString(JSONWriter.Feature.PrettyFormat));
    }

    /** A jar of the class files under the packages of {@code anchors}, read from where each anchor was loaded. */
    static void writeJar(Path jar, List<Class<?>> anchors) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            List<String> written = new ArrayList<>();
            for (Class<?> anchor : anchors) {
                String packagePath = anchor.getPackageName().replace('.', '/') + "/";
                for (Map.Entry<String, byte[]> entry : classFiles(anchor, packagePath).entrySet()) {
                    if (!written.contains(entry.getKey())) {
                        written.add(entry.getKey());
                        jarOut.putNextEntry(new JarEntry(entry.getKey()));
                        jarOut.write(entry.getValue());
                        jarOut.closeEntry();
                    }
                }
            }
        }
    }

    private static Map<String, byte[]> classFiles(Class<?> anchor, String packagePath) throws IOException {
        Path source;
        try {
            source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot locate the classes of " + anchor.getName(), e);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (Files.isDirectory(source)) {
            Path packageDir = source.resolve(packagePath);
            try (Stream<Path> walk = Files.walk(packageDir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(source.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        } else {
            try (JarFile jarFile = new JarFile(source.toFile())) {
                for (JarEntry entry : jarFile.stream().filter(e -> !e.isDirectory())
                        .filter(e -> e.getName().startsWith(packagePath)).toList()) {
                    files.put(entry.getName(), jarFile.getInputStream(entry).readAllBytes());
                }
            }
        }
        return files;
    }
}
