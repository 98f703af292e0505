package io.ots2oss.testkit;

import io.ots2oss.testkit.config.JobConfig;
import io.ots2oss.testkit.plugin.PluginType;
import io.ots2oss.testkit.plugins.collectwriter.CollectWriter;
import io.ots2oss.testkit.plugins.discardwriter.DiscardWriter;
import io.ots2oss.testkit.plugins.generatorreader.GeneratorReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A {@code $DATAX_HOME} on disk: {@code plugin/reader/<name>/}, {@code plugin/writer/<name>/} and
 * {@code conf/core.json} (DataX's defaults; edit it or add a {@code core} section to a job to override them).
 */
public final class DataxHome {

    private final Path root;

    private DataxHome(Path root) {
        this.root = root;
    }

    /** Creates (or reuses) the layout under {@code dir}. */
    public static DataxHome create(Path dir) {
        try {
            DataxHome home = new DataxHome(dir.toAbsolutePath());
            Files.createDirectories(home.pluginRoot().resolve("reader"));
            Files.createDirectories(home.pluginRoot().resolve("writer"));
            Files.createDirectories(home.confDir());
            if (!Files.exists(home.coreJson())) {
                Files.writeString(home.coreJson(), JobConfig.builtInCoreJson());
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a DataX home in " + dir, e);
        }
    }

    /** An existing home (e.g. a real {@code $DATAX_HOME}), used as it is: nothing is created or written. */
    public static DataxHome open(Path dir) {
        DataxHome home = new DataxHome(dir.toAbsolutePath());
        if (!Files.isDirectory(home.pluginRoot())) {
            throw new IllegalArgumentException("no DataX plugin tree at " + home.pluginRoot());
        }
        return home;
    }

    public Path root() {
        return root;
    }

    public Path pluginRoot() {
        return root.resolve("plugin");
    }

    public Path confDir() {
        return root.resolve("conf");
    }

    public Path coreJson() {
        return confDir().resolve("core.json");
    }

    /** The directory a plugin of that type and name is installed in. */
    public Path pluginDir(String type, String name) {
        return pluginRoot().resolve(PluginType.fromDirectoryName(type).directoryName()).resolve(name);
    }

    /**
     * Copies a packaged plugin directory (plugin.json, jar, libs/) into this home, replacing an earlier copy. Its type
     * comes from the parent directory's name ({@code reader} or {@code writer}), its name from its own.
     */
    public Path installPlugin(Path pluginDir) {
        Path source = pluginDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source.resolve("plugin.json"))) {
            throw new IllegalArgumentException(source + " is not a plugin directory: it has no plugin.json");
        }
        PluginType type = PluginType.fromDirectoryName(source.getParent().getFileName().toString());
        Path target = pluginRoot().resolve(type.directoryName()).resolve(source.getFileName().toString());
        try {
            deleteRecursively(target);
            copyRecursively(source, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install plugin " + source + " into " + target, e);
        }
    }

    /** Installs the test writer {@code collectwriter} (see the testkit README). */
    public Path installCollectingWriter() {
        return installBuilt(PluginBuilder.writer("collectwriter").pluginClass(CollectWriter.class)
                .description("testkit: writes each task's records to <path>/task-<taskId>.jsonl"));
    }

    /** Installs the test writer {@code discardwriter}, which drops every record (see the testkit README). */
    public Path installDiscardingWriter() {
        return installBuilt(PluginBuilder.writer("discardwriter").pluginClass(DiscardWriter.class)
                .description("testkit: drops every record, to measure a reader alone"));
    }

    /** Installs the test reader {@code generatorreader} (see the testkit README). */
    public Path installGeneratorReader() {
        return installBuilt(PluginBuilder.reader("generatorreader").pluginClass(GeneratorReader.class)
                .description("testkit: emits configured or generated rows"));
    }

    private Path installBuilt(PluginBuilder builder) {
        try {
            Path staging = Files.createTempDirectory(root, ".staging-");
            try {
                return installPlugin(builder.buildInto(staging));
            } finally {
                deleteRecursively(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyRecursively(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
