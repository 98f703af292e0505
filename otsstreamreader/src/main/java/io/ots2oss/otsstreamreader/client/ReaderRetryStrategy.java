package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.RetryStrategy;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Retries every SDK call up to {@code maxRetries} times with exponential back-off (min(base * 2^n, cap)).
 * Unlike upstream, {@link #clone()} keeps the configured limit, so {@code maxRetries} really applies.
 * Failures to connect at all may get a smaller budget of their own ({@link #failingFastWhenUnreachable}).
 */
public final class ReaderRetryStrategy implements RetryStrategy {
    /** Errors a retry cannot fix; the caller reports them at once. */
    static final Set<String> NOT_RETRYABLE = Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(
            "OTSAuthFailed", "OTSNoPermissionAccess", "OTSConditionCheckFail", "OTSParameterInvalid", "OTSInvalidPK",
            "OTSObjectAlreadyExist", "OTSObjectNotExist", "OTSOutOfColumnCountLimit", "OTSOutOfRowSizeLimit",
            "OTSRequestBodyTooLarge", "OTSTrimmedDataAccess", "OTSUnsupportOperation", "OTSMethodNotAllowed")));

    private final int maxRetries;
    private final int connectRetries;
    private final long basePauseMillis;
    private final long maxPauseMillis;
    private int retries;
    private int connectFailures;

    public ReaderRetryStrategy(int maxRetries, long basePauseMillis, long maxPauseMillis) {
        this(maxRetries, maxRetries, basePauseMillis, maxPauseMillis);
    }

    private ReaderRetryStrategy(int maxRetries, int connectRetries, long basePauseMillis, long maxPauseMillis) {
        this.maxRetries = maxRetries;
        this.connectRetries = connectRetries;
        this.basePauseMillis = basePauseMillis;
        this.maxPauseMillis = maxPauseMillis;
    }

    /**
     * A strategy that gives up after {@code retries} failures to connect (refused, unknown host, no route): a wrong
     * endpoint then fails in about a second instead of minutes. Every other error keeps the full budget.
     */
    public ReaderRetryStrategy failingFastWhenUnreachable(int retries) {
        return new ReaderRetryStrategy(maxRetries, Math.min(retries, maxRetries), basePauseMillis, maxPauseMillis);
    }

    public static boolean isRetryable(Exception e) {
        if (OtsFailures.isClientBroken(e)) {
            return false;
        }
        if (e instanceof TableStoreException) {
            return !NOT_RETRYABLE.contains(((TableStoreException) e).getErrorCode());
        }
        return e instanceof ClientException && !OtsFailures.isNotTablestore(e);
    }

    @Override
    public RetryStrategy clone() {
        return new ReaderRetryStrategy(maxRetries, connectRetries, basePauseMillis, maxPauseMillis);
    }

    @Override
    public int getRetries() {
        return retries;
    }

    @Override
    public long nextPause(String action, Exception e) {
        if (retries >= maxRetries || !isRetryable(e)) {
            return 0;
        }
        if (OtsFailures.isUnreachable(e)) {
            if (connectFailures >= connectRetries) {
                return 0;
            }
            connectFailures++;
        }
        long pause = Math.min(maxPauseMillis, basePauseMillis << Math.min(retries, 20));
        retries++;
        return Math.max(1, pause);
    }
}
