package io.ots2oss.testkit.plugin;

/** DataX's ClassLoaderSwapper: sets the thread context class loader and restores the previous one on close. */
public final class ContextClassLoader implements AutoCloseable {

    private final Thread thread = Thread.currentThread();
    private final ClassLoader previous;

    private ContextClassLoader(ClassLoader loader) {
        this.previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
    }

    public static ContextClassLoader use(ClassLoader loader) {
        return new ContextClassLoader(loader);
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
