package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import io.ots2oss.otsstreamreader.config.Connection;

/** Builds the SDK client the reader uses for every call. */
public final class OtsClients {
    /** Overridable for tests only: the first back-off pause in ms. */
    public static final String BASE_PAUSE_PROPERTY = "otsstreamreader.retry.basePauseMillis";
    private static final long MAX_PAUSE_MILLIS = 10_000L;
    private static final int SOCKET_TIMEOUT_MILLIS = 50_000;

    private OtsClients() {
    }

    public static SyncClient create(Connection connection, int maxRetries, int threads) {
        ClientConfiguration conf = new ClientConfiguration();
        conf.setConnectionTimeoutInMillisecond(SOCKET_TIMEOUT_MILLIS);
        conf.setSocketTimeoutInMillisecond(SOCKET_TIMEOUT_MILLIS);
        conf.setIoThreadCount(Math.max(2, Math.min(8, threads)));
        conf.setMaxConnections(Math.max(30, threads * 2));
        long basePause = Long.getLong(BASE_PAUSE_PROPERTY, 100L);
        conf.setRetryStrategy(new ReaderRetryStrategy(maxRetries, basePause, MAX_PAUSE_MILLIS));
        // The SDK gives up waiting on one call (all its retries included) after this long: a stuck call fails the
        // task with a timeout instead of hanging it.
        conf.setSyncClientWaitFutureTimeoutInMillis(Math.min(10 * 60_000L,
                Math.max(2 * 60_000L, (maxRetries + 1) * MAX_PAUSE_MILLIS + 2 * SOCKET_TIMEOUT_MILLIS)));
        String token = connection.securityToken() == null ? null : connection.securityToken().reveal();
        return new SyncClient(connection.endpoint(), connection.accessId(), connection.accessKey().reveal(),
                connection.instanceName(), conf, token);
    }
}
