package io.ots2oss.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds threads a job's plugins left running: threads started after a {@link #snapshot() snapshot}, still alive,
 * whose class or context class loader is a plugin's (the testkit names those {@code plugin-<type>-<name>}). Such a
 * thread (an SDK's connection evictor or I/O reactor) outlives the job and fails once DataX closes the plugin's loader.
 */
public final class PluginThreads {
    private static final long POLL_MILLIS = 50;

    private final Set<Thread> before;

    private PluginThreads(Set<Thread> before) {
        this.before = before;
    }

    public static PluginThreads snapshot() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        threads.addAll(Thread.getAllStackTraces().keySet());
        return new PluginThreads(threads);
    }

    /**
     * The names of plugin threads started since the snapshot and still alive after waiting up to {@code graceMillis}
     * for them to end (a client's shutdown may let its threads finish asynchronously).
     */
    public List<String> leftRunning(long graceMillis) {
        long deadline = System.currentTimeMillis() + graceMillis;
        while (true) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                Thread thread = entry.getKey();
                if (!before.contains(thread) && thread.isAlive() && belongsToPlugin(thread)) {
                    names.add(thread.getName() + " (" + thread.getClass().getName() + ")" + topFrames(entry.getValue()));
                }
            }
            if (names.isEmpty() || System.currentTimeMillis() >= deadline) {
                return names;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return names;
            }
        }
    }

    private static String topFrames(StackTraceElement[] stack) {
        StringBuilder frames = new StringBuilder();
        for (int i = 0; i < Math.min(4, stack.length); i++) {
            frames.append(" at ").append(stack[i]);
        }
        return frames.toString();
    }

    private static boolean belongsToPlugin(Thread thread) {
        return isPluginLoader(thread.getClass().getClassLoader()) || isPluginLoader(thread.getContextClassLoader());
    }

    private static boolean isPluginLoader(ClassLoader loader) {
        return loader != null && loader.getName() != null && loader.getName().startsWith("plugin-");
    }
}
