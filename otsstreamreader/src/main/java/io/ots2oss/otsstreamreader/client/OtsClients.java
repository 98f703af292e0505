package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.core.ResourceManager;
import com.alicloud.openservices.tablestore.core.auth.CredentialsProvider;
import com.alicloud.openservices.tablestore.core.auth.CredentialsProviderFactory;
import io.ots2oss.otsstreamreader.config.Connection;

/** Builds the SDK client the reader uses for every call. */
public final class OtsClients {
    /** Overridable for tests only: the first back-off pause in ms. */
    public static final String BASE_PAUSE_PROPERTY = "otsstreamreader.retry.basePauseMillis";
    private static final long MAX_PAUSE_MILLIS = 10_000L;
    private static final int SOCKET_TIMEOUT_MILLIS = 50_000;
    /** Retries of a failure to connect in the Job's checks: pauses of 100 + 200 + 400 ms with the default base. */
    private static final int JOB_CHECK_CONNECT_RETRIES = 3;
    private static final int JOB_CHECK_THREADS = 4;
    private static final long SHUTDOWN_WAIT_MILLIS = 30_000L;

    private OtsClients() {
    }

    /** The client reading the stream: every retryable error, failures to connect included, gets {@code maxRetries}. */
    public static ReaderClient create(Connection connection, int maxRetries, int threads) {
        ClientConfiguration conf = configuration(maxRetries, threads, retryStrategy(maxRetries));
        CredentialsProvider credentials = credentials(connection);
        ResourceManager resources = new ResourceManager(conf);
        SyncClient sync = new SyncClient(connection.endpoint(), credentials, connection.instanceName(), conf, resources);
        return new ReaderClient(sync, new LeanStreamPages(connection.endpoint(), connection.instanceName(), credentials,
                conf, resources.getResources()));
    }

    /**
     * The client of the Job's checks (DescribeTable, ListStream, status table), the first calls of a job: a wrong or
     * unreachable endpoint fails the job within seconds instead of after {@code maxRetries} long pauses. Server-side
     * errors still get {@code maxRetries}.
     */
    public static SyncClient createForJobChecks(Connection connection, int maxRetries) {
        return create(connection, maxRetries, JOB_CHECK_THREADS,
                retryStrategy(maxRetries).failingFastWhenUnreachable(JOB_CHECK_CONNECT_RETRIES));
    }

    /**
     * Shuts a client down completely, also from a thread DataX interrupts (a task stopped because another failed is
     * interrupted more than once): the SDK's shutdown waits for its I/O reactor, and an interrupt cuts that wait
     * short and leaves the reactor's threads running after the job. So the shutdown runs on a thread nobody
     * interrupts, and the caller waits for it (at most {@value #SHUTDOWN_WAIT_MILLIS} ms) through any interrupt.
     */
    public static void shutdown(final SyncClient client) {
        if (client == null) {
            return;
        }
        Thread closer = new Thread(new Runnable() {
            @Override
            public void run() {
                client.shutdown();
            }
        }, "otsstreamreader-client-shutdown");
        closer.setDaemon(true);
        closer.start();
        boolean interrupted = false;
        long deadline = System.currentTimeMillis() + SHUTDOWN_WAIT_MILLIS;
        long remaining;
        while (closer.isAlive() && (remaining = deadline - System.currentTimeMillis()) > 0) {
            try {
                closer.join(remaining);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ReaderRetryStrategy retryStrategy(int maxRetries) {
        return new ReaderRetryStrategy(maxRetries, Long.getLong(BASE_PAUSE_PROPERTY, 100L), MAX_PAUSE_MILLIS);
    }

    private static SyncClient create(Connection connection, int maxRetries, int threads, ReaderRetryStrategy retries) {
        return new SyncClient(connection.endpoint(), credentials(connection), connection.instanceName(),
                configuration(maxRetries, threads, retries), null);
    }

    private static CredentialsProvider credentials(Connection connection) {
        String token = connection.securityToken() == null ? null : connection.securityToken().reveal();
        return CredentialsProviderFactory.newDefaultCredentialProvider(connection.accessId(), connection.accessKey().reveal(), token);
    }

    /**
     * The SDK's I/O threads also decode every reply, so more of them than CPUs only adds switching: on 2 vCPUs, 8 of
     * them cost row mode about a fifth more CPU per record than 2. Their I/O is non-blocking, so network latency asks
     * for no more of them.
     */
    static int ioThreads(int readerThreads, int cpus) {
        return Math.max(2, Math.min(Math.min(8, readerThreads), cpus));
    }

    private static ClientConfiguration configuration(int maxRetries, int threads, ReaderRetryStrategy retries) {
        ClientConfiguration conf = new ClientConfiguration();
        conf.setConnectionTimeoutInMillisecond(SOCKET_TIMEOUT_MILLIS);
        conf.setSocketTimeoutInMillisecond(SOCKET_TIMEOUT_MILLIS);
        conf.setIoThreadCount(ioThreads(threads, Runtime.getRuntime().availableProcessors()));
        conf.setMaxConnections(Math.max(30, threads * 2));
        conf.setRetryStrategy(retries);
        // The SDK gives up waiting on one call (all its retries included) after this long: a stuck call fails the
        // task with a timeout instead of hanging it.
        conf.setSyncClientWaitFutureTimeoutInMillis(Math.min(10 * 60_000L,
                Math.max(2 * 60_000L, (maxRetries + 1) * MAX_PAUSE_MILLIS + 2 * SOCKET_TIMEOUT_MILLIS)));
        return conf;
    }
}
