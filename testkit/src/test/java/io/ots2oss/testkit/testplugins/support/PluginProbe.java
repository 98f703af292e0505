package io.ots2oss.testkit.testplugins.support;

import com.alibaba.datax.common.util.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shared by the recording test plugins (each plugin jar holds its own copy, as a plugin-common library would be):
 * appends lifecycle events to the file named by the {@code events} parameter, fails on request ({@code failIn}),
 * and probes class visibility ({@code probeClasses}).
 */
public final class PluginProbe {

    private final String side;
    private final Path events;
    private final String failIn;

    public PluginProbe(String side, Configuration conf) {
        this.side = side;
        this.events = Path.of(conf.getString("events"));
        this.failIn = conf.getString("failIn", "");
    }

    /** Records {@code <side>.<event>} plus the context-class-loader check, and throws if asked to fail there. */
    public void event(String event, Object plugin) {
        String name = side + "." + event;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        String tccl = context == plugin.getClass().getClassLoader() ? "own" : "other";
        append(name + " tccl=" + tccl);
        if (failIn.equals(name)) {
            throw new IllegalStateException("failing in " + name + " as configured");
        }
    }

    public void note(String line) {
        append(side + " " + line);
    }

    /** Records for each class name whether this plugin's class loader can load it. */
    public void probe(List<String> classNames, Object plugin) {
        for (String className : classNames) {
            String visibility;
            try {
                Class.forName(className, false, plugin.getClass().getClassLoader());
                visibility = "visible";
            } catch (ClassNotFoundException | LinkageError e) {
                visibility = "hidden";
            }
            append(side + " probe " + className + " " + visibility);
        }
    }

    /** A counter shared by reader and writer of one test: the only objects both class loaders see are the JDK's. */
    public static AtomicLong sharedCounter(String key) {
        return (AtomicLong) System.getProperties().computeIfAbsent(key, k -> new AtomicLong());
    }

    private synchronized void append(String line) {
        try {
            Files.writeString(events, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
