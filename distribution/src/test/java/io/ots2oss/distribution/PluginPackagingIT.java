package io.ots2oss.distribution;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import com.alibaba.datax.common.spi.Reader;
import com.alibaba.datax.common.spi.Writer;
import io.ots2oss.testkit.plugin.DataxLibClassLoader;
import io.ots2oss.testkit.plugin.LoadedPlugin;
import io.ots2oss.testkit.plugin.PluginCatalog;
import io.ots2oss.testkit.plugin.PluginType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the assembled plugin tree (target/datax/plugin/) and the tar.gz that unpacks into $DATAX_HOME. */
class PluginPackagingIT {

    private static final Path DIST = Path.of(System.getProperty("dist.directory", "../target"));
    private static final Path PLUGIN_ROOT = DIST.resolve("datax/plugin");
    private static final Path TARBALL = Path.of(System.getProperty("dist.tarball",
            DIST.resolve("ots2oss-datax-plugins-1.0.0-SNAPSHOT.tar.gz").toString()));
    private static final Set<String> DATAX_LIB = Set.of(System.getProperty("datax.lib.artifacts",
            "datax-common,datax-api,fastjson2,slf4j-api,logback-classic,logback-core,commons-lang3,commons-io,"
                    + "commons-codec,commons-lang,commons-beanutils,commons-collections,commons-configuration,"
                    + "commons-math3,commons-logging,httpclient,httpcore,fluent-hc,groovy-all,janino").split(","));
    private static final List<String> TEST_ARTIFACT_PREFIXES = List.of("junit", "opentest4j", "apiguardian",
            "hamcrest", "mockito", "assertj", "testkit", "surefire", "byte-buddy", "objenesis");

    private static Path pluginDir(String type, String name) {
        return PLUGIN_ROOT.resolve(type).resolve(name);
    }

    @ParameterizedTest
    @CsvSource({"reader,otsstreamreader", "writer,osswriter"})
    void pluginJsonNamesThePluginItsClassDescriptionAndDeveloper(String type, String name) throws IOException {
        JSONObject pluginJson = JSON.parseObject(Files.readString(pluginDir(type, name).resolve("plugin.json")));

        assertEquals(name, pluginJson.getString("name"));
        for (String key : List.of("class", "description", "developer")) {
            assertFalse(pluginJson.getString(key) == null || pluginJson.getString(key).isBlank(),
                    () -> name + "/plugin.json has no " + key);
        }
    }

    @ParameterizedTest
    @CsvSource({"reader,otsstreamreader", "writer,osswriter"})
    void jobTemplateIsValidJsonNamingThePlugin(String type, String name) throws IOException {
        String template = Files.readString(pluginDir(type, name).resolve("plugin_job_template.json"));

        assertEquals(name, JSON.parseObject(template).getString("name"));
    }

    @ParameterizedTest
    @CsvSource({"reader,otsstreamreader", "writer,osswriter"})
    void pluginJarSitsInThePluginDirectory(String type, String name) {
        assertTrue(Files.isRegularFile(pluginJar(type, name)), () -> "missing " + pluginJar(type, name));
    }

    @ParameterizedTest
    @CsvSource({"reader,otsstreamreader", "writer,osswriter"})
    void onceThePluginHasCodeItsJarHoldsTheJobAndTaskClassesOfPluginJson(String type, String name)
            throws IOException {
        String pluginClass = JSON.parseObject(Files.readString(pluginDir(type, name).resolve("plugin.json")))
                .getString("class");
        try (JarFile jar = new JarFile(pluginJar(type, name).toFile())) {
            boolean hasCode = jar.stream().anyMatch(entry -> entry.getName().endsWith(".class"));
            if (hasCode) {
                for (String suffix : List.of("", "$Job", "$Task")) {
                    String entry = pluginClass.replace('.', '/') + suffix + ".class";
                    assertTrue(jar.getEntry(entry) != null, () -> name + " jar lacks " + entry);
                }
            }
        }
    }

    @Test
    void onceThePluginsHaveCodeTheirJobAndTaskLoadThroughIsolatedClassLoadersAsInDatax() throws IOException {
        Assumptions.assumeTrue(hasCode("reader", "otsstreamreader") && hasCode("writer", "osswriter"),
                "the plugin jars hold no classes yet");
        PluginCatalog catalog = PluginCatalog.discover(PLUGIN_ROOT, "otsstreamreader", "osswriter");
        ClassLoader dataxLib = new DataxLibClassLoader(getClass().getClassLoader());
        try (LoadedPlugin reader = new LoadedPlugin(catalog.get(PluginType.READER, "otsstreamreader"), dataxLib);
             LoadedPlugin writer = new LoadedPlugin(catalog.get(PluginType.WRITER, "osswriter"), dataxLib)) {
            linkAll(reader.newJob(Reader.Job.class));
            linkAll(reader.newTask(Reader.Task.class));
            linkAll(writer.newJob(Writer.Job.class));
            linkAll(writer.newTask(Writer.Task.class));
        }
    }

    /** Resolves the types in the plugin class's signatures, as the JVM does when it first calls them. */
    private static void linkAll(Object plugin) {
        for (Class<?> type = plugin.getClass(); type != Object.class; type = type.getSuperclass()) {
            type.getDeclaredMethods();
            type.getDeclaredFields();
            type.getDeclaredConstructors();
        }
    }

    private static boolean hasCode(String type, String name) throws IOException {
        try (JarFile jar = new JarFile(pluginJar(type, name).toFile())) {
            return jar.stream().anyMatch(entry -> entry.getName().endsWith(".class"));
        }
    }

    @ParameterizedTest
    @CsvSource({"reader,otsstreamreader", "writer,osswriter"})
    void libsHoldNoJarThatDataxLibAlreadyProvides(String type, String name) throws IOException {
        List<String> provided = libArtifacts(type, name).stream().filter(DATAX_LIB::contains).toList();

        assertEquals(List.of(), provided, name + "/libs bundles jars DataX's lib/ provides");
    }

    @ParameterizedTest
    @CsvSource({"reader,otsstreamreader", "writer,osswriter"})
    void libsHoldNoTestJars(String type, String name) throws IOException {
        List<String> testJars = libArtifacts(type, name).stream()
                .filter(a -> a.contains("emulator") || TEST_ARTIFACT_PREFIXES.stream().anyMatch(a::startsWith))
                .toList();

        assertEquals(List.of(), testJars, name + "/libs bundles test jars");
    }

    @Test
    void tarballHoldsExactlyThePluginTreeAndTheTools() throws IOException {
        Map<String, Long> tree = filesWithSizes(PLUGIN_ROOT, "plugin/");
        tree.putAll(filesWithSizes(DIST.resolve("datax/bin"), "bin/"));
        tree.putAll(filesWithSizes(DIST.resolve("datax/tools"), "tools/"));
        assertTrue(tree.containsKey("bin/ots2oss") && tree.containsKey("tools/ots2oss/ots2oss-tools.jar"), tree.keySet().toString());
        Map<String, Long> archived = new TreeMap<>();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(TARBALL));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextTarEntry()) != null) {
                if (entry.isFile()) {
                    archived.put(entry.getName(), entry.getSize());
                }
            }
        }

        assertFalse(tree.isEmpty());
        assertEquals(tree, archived);
    }

    @Test
    void reportsEachPluginDirectorySize() throws IOException {
        for (Path dir : List.of(pluginDir("reader", "otsstreamreader"), pluginDir("writer", "osswriter"))) {
            Map<String, Long> files = filesWithSizes(dir, "");
            long bytes = files.values().stream().mapToLong(Long::longValue).sum();
            long libs = files.keySet().stream().filter(f -> f.startsWith("libs/")).count();
            System.out.printf("plugin size: %s = %,d bytes (%.1f MiB) in %d files, %d jars in libs/%n",
                    PLUGIN_ROOT.relativize(dir), bytes, bytes / 1048576.0, files.size(), libs);
            assertTrue(bytes > 0);
        }
        System.out.printf("plugin tarball: %s = %,d bytes%n", TARBALL.getFileName(), Files.size(TARBALL));
    }

    private static Path pluginJar(String type, String name) {
        return pluginDir(type, name).resolve(name + "-" + System.getProperty("project.version", "1.0.0-SNAPSHOT")
                + ".jar");
    }

    /** Artifact names of libs/*.jar: the file name up to the first "-<digit>" (the version). */
    private static List<String> libArtifacts(String type, String name) throws IOException {
        Path libs = pluginDir(type, name).resolve("libs");
        if (!Files.isDirectory(libs)) {
            return List.of();
        }
        try (Stream<Path> jars = Files.list(libs)) {
            return jars.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".jar"))
                    .map(PluginPackagingIT::artifactName).sorted().collect(Collectors.toList());
        }
    }

    static String artifactName(String jarFileName) {
        String base = jarFileName.substring(0, jarFileName.length() - ".jar".length());
        String[] parts = base.split("-");
        int end = 1;
        while (end < parts.length && !(parts[end].length() > 0 && Character.isDigit(parts[end].charAt(0)))) {
            end++;
        }
        return String.join("-", Arrays.copyOfRange(parts, 0, end));
    }

    private static Map<String, Long> filesWithSizes(Path root, String prefix) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(prefix + root.relativize(file).toString().replace('\\', '/'), Files.size(file));
            }
        }
        return files;
    }
}
