package io.ots2oss.testkit.plugin;

import java.util.function.Supplier;

/** DataX's ClassLoaderSwapper: runs a call with a given thread context class loader, then restores the previous one. */
public final class ContextClassLoader {

    private ContextClassLoader() {
    }

    public static <T> T call(ClassLoader loader, Supplier<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return body.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public static void run(ClassLoader loader, Runnable body) {
        call(loader, () -> {
            body.run();
            return null;
        });
    }
}
