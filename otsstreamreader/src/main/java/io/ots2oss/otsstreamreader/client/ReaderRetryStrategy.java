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
 */
public final class ReaderRetryStrategy implements RetryStrategy {
    /** Errors a retry cannot fix; the caller reports them at once. */
    static final Set<String> NOT_RETRYABLE = Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(
            "OTSAuthFailed", "OTSNoPermissionAccess", "OTSConditionCheckFail", "OTSParameterInvalid", "OTSInvalidPK",
            "OTSObjectAlreadyExist", "OTSObjectNotExist", "OTSOutOfColumnCountLimit", "OTSOutOfRowSizeLimit",
            "OTSRequestBodyTooLarge", "OTSTrimmedDataAccess", "OTSUnsupportOperation", "OTSMethodNotAllowed")));

    private final int maxRetries;
    private final long basePauseMillis;
    private final long maxPauseMillis;
    private int retries;

    public ReaderRetryStrategy(int maxRetries, long basePauseMillis, long maxPauseMillis) {
        this.maxRetries = maxRetries;
        this.basePauseMillis = basePauseMillis;
        this.maxPauseMillis = maxPauseMillis;
    }

    public static boolean isRetryable(Exception e) {
        if (e instanceof TableStoreException) {
            return !NOT_RETRYABLE.contains(((TableStoreException) e).getErrorCode());
        }
        return e instanceof ClientException;
    }

    @Override
    public RetryStrategy clone() {
        return new ReaderRetryStrategy(maxRetries, basePauseMillis, maxPauseMillis);
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
        long pause = Math.min(maxPauseMillis, basePauseMillis << Math.min(retries, 20));
        retries++;
        return Math.max(1, pause);
    }
}
