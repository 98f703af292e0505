package io.ots2oss.e2e;

import io.ots2oss.testkit.plugin.DataxLibClassLoader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bin/ots2oss} in process, with the class path the shipped script gives it: the tools jar and the reader
 * plugin's jars over DataX's lib/ (modelled by the testkit's {@link DataxLibClassLoader}).
 */
public final class Tools implements AutoCloseable {
    private final URLClassLoader loader;
    private final Method run;
    private final Path dataxHome;

    private Tools(URLClassLoader loader, Path dataxHome) {
        this.loader = loader;
        this.dataxHome = dataxHome;
        try {
            this.run = loader.loadClass("io.ots2oss.tools.Main").getMethod("run", String[].class, PrintStream.class, PrintStream.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the tools jar lacks io.ots2oss.tools.Main", e);
        }
    }

    /**
     * The tools beside the given plugin tree ({@code <tree>/../tools/ots2oss}), run as if from {@code dataxHome}
     * (where {@code datasource} names are looked up, as {@code bin/ots2oss} passes {@code -Ddatax.home}).
     */
    public static Tools of(PluginTree tree, Path dataxHome) {
        Path jar = tree.root().getParent().resolve("tools/ots2oss/ots2oss-tools.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no tools jar at " + jar + "; build it first: mvn -B -DskipTests package");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(url(jar));
        try (Stream<Path> files = Files.walk(tree.reader())) {
            files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> urls.add(url(p)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Tools(new URLClassLoader("ots2oss-tools", urls.toArray(new URL[0]),
                new DataxLibClassLoader(Tools.class.getClassLoader())), dataxHome);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one command printed and its exit code. */
    public record Result(int exit, String out, String err) {
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        String previousHome = System.getProperty("datax.home");
        System.setProperty("datax.home", dataxHome.toString());
        try {
            int exit = (Integer) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("running ots2oss " + String.join(" ", args), e);
        } finally {
            thread.setContextClassLoader(previous);
            if (previousHome == null) {
                System.clearProperty("datax.home");
            } else {
                System.setProperty("datax.home", previousHome);
            }
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
