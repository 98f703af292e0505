package io.ots2oss.osswriter.upload;

import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.aliyun.oss.ClientException;
import com.aliyun.oss.OSSException;

/** Retries OSS calls that failed transiently (5xx, 429, network) with exponential back-off. */
public final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    /** The SDK's client-side codes for network trouble (its own client-side validation errors are final). */
    private static final java.util.Set<String> NETWORK_CODES = new java.util.HashSet<String>(java.util.Arrays.asList(
            "ConnectionTimeout", "SocketTimeout", "ConnectionRefused", "SocketException", "SslException", "Unknown"));

    private final int maxAttempts;
    private final long initialBackoffMs;
    private final long maxBackoffMs;

    public Retrier(int maxAttempts, long initialBackoffMs, long maxBackoffMs) {
        this.maxAttempts = maxAttempts;
        this.initialBackoffMs = initialBackoffMs;
        this.maxBackoffMs = maxBackoffMs;
    }

    public static Retrier standard() {
        return new Retrier(8, 100, 5_000);
    }

    public <T> T call(String what, Callable<T> call) {
        long backoff = initialBackoffMs;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (Exception e) {
                if (attempt >= maxAttempts || !isTransient(e)) {
                    throw OssFailure.wrap(what, e);
                }
                LOG.warn("{} failed (attempt {} of {}), retrying in {} ms: {}", what, attempt, maxAttempts, backoff, describe(e));
                sleep(backoff);
                backoff = Math.min(maxBackoffMs, backoff * 2);
            }
        }
    }

    public void run(String what, final Runnable call) {
        call(what, new Callable<Void>() {
            @Override
            public Void call() {
                call.run();
                return null;
            }
        });
    }

    static boolean isTransient(Throwable e) {
        if (e instanceof OSSException) {
            String code = ((OSSException) e).getErrorCode();
            return code == null || code.equals("InternalError") || code.equals("ServiceUnavailable")
                    || code.equals("RequestTimeout") || code.equals("Throttling") || code.equals("SlowDown")
                    || code.startsWith("5") || code.equals("InvalidResponse");
        }
        if (e instanceof ClientException) {
            String code = ((ClientException) e).getErrorCode();
            return code == null || NETWORK_CODES.contains(code);
        }
        return false;
    }

    static String describe(Throwable e) {
        if (e instanceof OSSException) {
            OSSException oss = (OSSException) e;
            return oss.getErrorCode() + " (request " + oss.getRequestId() + ")";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OssFailure("interrupted while waiting to retry", e);
        }
    }
}
