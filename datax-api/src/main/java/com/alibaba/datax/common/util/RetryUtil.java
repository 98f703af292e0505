package com.alibaba.datax.common.util;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a callable up to {@code retryTimes} times, sleeping {@code sleepTimeInMilliSecond} between attempts
 * (doubling each time when exponential, capped at 10 minutes). The last failure is rethrown.
 */
public final class RetryUtil {

    private static final long MAX_SLEEP_MILLIS = 10L * 60 * 1000;

    public static <T> T executeWithRetry(Callable<T> callable, int retryTimes, long sleepTimeInMilliSecond,
                                         boolean exponential) throws Exception {
        return executeWithRetry(callable, retryTimes, sleepTimeInMilliSecond, exponential, null);
    }

    /** Only exceptions of the listed classes (or any, when the list is null or empty) are retried. */
    public static <T> T executeWithRetry(Callable<T> callable, int retryTimes, long sleepTimeInMilliSecond,
                                         boolean exponential, List<Class<?>> retryExceptionClasses) throws Exception {
        return new Attempts<T>(retryTimes, sleepTimeInMilliSecond, exponential, retryExceptionClasses)
                .run(callable, 0, null);
    }

    /** Like executeWithRetry, but each attempt runs on {@code executor} and is abandoned after {@code timeoutMs}. */
    public static <T> T asyncExecuteWithRetry(Callable<T> callable, int retryTimes, long sleepTimeInMilliSecond,
                                              boolean exponential, long timeoutMs, ThreadPoolExecutor executor)
            throws Exception {
        return new Attempts<T>(retryTimes, sleepTimeInMilliSecond, exponential, null)
                .run(callable, timeoutMs, executor);
    }

    public static ThreadPoolExecutor createThreadPoolExecutor() {
        return new ThreadPoolExecutor(0, 5, 60L, TimeUnit.SECONDS, new SynchronousQueue<Runnable>());
    }

    private static final class Attempts<T> {
        private final int retryTimes;
        private final long sleepMillis;
        private final boolean exponential;
        private final List<Class<?>> retryOn;

        Attempts(int retryTimes, long sleepMillis, boolean exponential, List<Class<?>> retryOn) {
            if (retryTimes < 1) {
                throw new IllegalArgumentException("retryTimes must be at least 1, got " + retryTimes);
            }
            this.retryTimes = retryTimes;
            this.sleepMillis = Math.min(sleepMillis, MAX_SLEEP_MILLIS);
            this.exponential = exponential;
            this.retryOn = retryOn;
        }

        T run(Callable<T> callable, long timeoutMs, ThreadPoolExecutor executor) throws Exception {
            for (int attempt = 1; ; attempt++) {
                try {
                    return executor == null ? callable.call() : callAsync(callable, timeoutMs, executor);
                } catch (Exception e) {
                    if (attempt >= retryTimes || !retryable(e)) {
                        throw e;
                    }
                    pause(attempt);
                }
            }
        }

        private T callAsync(Callable<T> callable, long timeoutMs, ThreadPoolExecutor executor) throws Exception {
            Future<T> future = executor.submit(callable);
            try {
                return future.get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
            } catch (TimeoutException e) {
                future.cancel(true);
                throw e;
            }
        }

        private boolean retryable(Exception e) {
            if (retryOn == null || retryOn.isEmpty()) {
                return true;
            }
            for (Class<?> type : retryOn) {
                if (type.isInstance(e)) {
                    return true;
                }
            }
            return false;
        }

        private void pause(int attempt) throws InterruptedException {
            long millis = sleepMillis;
            if (exponential) {
                millis = Math.min(sleepMillis << Math.min(attempt - 1, 20), MAX_SLEEP_MILLIS);
            }
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }
    }
}
