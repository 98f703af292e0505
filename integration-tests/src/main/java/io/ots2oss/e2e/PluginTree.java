package io.ots2oss.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the packaged plugins are: the tree the distribution module assembles ({@code target/datax/plugin} at the
 * project root), or the one named by the system property {@code ots2oss.plugin.tree}.
 */
public final class PluginTree {
    public static final String PROPERTY = "ots2oss.plugin.tree";
    public static final String READER = "otsstreamreader";
    public static final String WRITER = "osswriter";

    private final Path root;

    private PluginTree(Path root) {
        this.root = root;
    }

    public static PluginTree locate() {
        String configured = System.getProperty(PROPERTY);
        Path root = configured != null ? Paths.get(configured) : findFromWorkingDirectory();
        PluginTree tree = new PluginTree(root.toAbsolutePath().normalize());
        tree.requirePresent();
        return tree;
    }

    public Path root() {
        return root;
    }

    public Path reader() {
        return root.resolve("reader").resolve(READER);
    }

    public Path writer() {
        return root.resolve("writer").resolve(WRITER);
    }

    private void requirePresent() {
        for (Path plugin : new Path[] {reader(), writer()}) {
            if (!Files.isRegularFile(plugin.resolve("plugin.json"))) {
                throw new IllegalStateException("no packaged plugin at " + plugin
                        + "; build it first: mvn -B -DskipTests install (the distribution module assembles "
                        + root + ")");
            }
        }
    }

    private static Path findFromWorkingDirectory() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("target/datax/plugin");
            if (Files.isDirectory(candidate.resolve("reader")) && Files.exists(dir.resolve("distribution"))) {
                return candidate;
            }
        }
        return Paths.get("target/datax/plugin");
    }
}
