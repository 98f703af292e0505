package io.ots2oss.osswriter.upload;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Part-upload threads of one task: daemon threads, as many as parts may be in flight. */
public final class UploadExecutors {
    private UploadExecutors() {
    }

    public static ExecutorService forTask(final int taskIndex, int threads) {
        final AtomicInteger counter = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<Runnable>(),
                new ThreadFactory() {
                    @Override
                    public Thread newThread(Runnable runnable) {
                        Thread thread = new Thread(runnable, "osswriter-upload-" + taskIndex + "-" + counter.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    }
                });
    }
}
