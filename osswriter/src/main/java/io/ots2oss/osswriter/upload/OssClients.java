package io.ots2oss.osswriter.upload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.IdleConnectionReaper;

import io.ots2oss.osswriter.config.OssConnection;
import io.ots2oss.osswriter.config.ProxySettings;

/**
 * Builds SDK clients from a validated {@link OssConnection} and releases them. The SDK's static idle-connection
 * reaper thread would outlive the plugin's class loader in a JVM that runs several jobs, so it is stopped when the
 * last client created here is released.
 */
public final class OssClients {
    private static final int SOCKET_TIMEOUT_MS = 120_000;
    private static final int CONNECT_TIMEOUT_MS = 30_000;
    private static final Object LOCK = new Object();
    private static int liveClients;

    private OssClients() {
    }

    public static OSS create(OssConnection connection, int maxConnections) {
        ClientBuilderConfiguration conf = new ClientBuilderConfiguration();
        // Retries are ours (Retrier): the SDK's own loop never retries POSTs such as CompleteMultipartUpload.
        conf.setMaxErrorRetry(0);
        conf.setSocketTimeout(SOCKET_TIMEOUT_MS);
        conf.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        conf.setMaxConnections(Math.max(4, maxConnections));
        applyProxy(conf, connection.proxy());
        if (connection.cname() != null) {
            List<String> excluded = new ArrayList<String>(conf.getCnameExcludeList());
            excluded.addAll(Arrays.asList(connection.cname().split(",")));
            conf.setCnameExcludeList(excluded);
        }
        DefaultCredentialProvider credentials = connection.securityToken() == null
                ? new DefaultCredentialProvider(connection.accessId(), connection.accessKey())
                : new DefaultCredentialProvider(connection.accessId(), connection.accessKey(), connection.securityToken());
        synchronized (LOCK) {
            // Under the lock: building a client registers it with the reaper, which must not race a shutdown.
            OSS client = new OSSClientBuilder().build(connection.endpoint(), credentials, conf);
            liveClients++;
            return client;
        }
    }

    /** Shuts a client from {@link #create} down; the last one also stops the SDK's idle-connection reaper. */
    public static void release(OSS client) {
        synchronized (LOCK) {
            try {
                client.shutdown();
            } finally {
                liveClients--;
                if (liveClients == 0) {
                    IdleConnectionReaper.shutdown();
                }
            }
        }
    }

    static int liveClients() {
        synchronized (LOCK) {
            return liveClients;
        }
    }

    private static void applyProxy(ClientBuilderConfiguration conf, ProxySettings proxy) {
        if (!proxy.enabled()) {
            return;
        }
        conf.setProxyHost(proxy.host());
        conf.setProxyPort(proxy.port());
        conf.setProxyUsername(proxy.username());
        conf.setProxyPassword(proxy.password());
        conf.setProxyDomain(proxy.domain());
        conf.setProxyWorkstation(proxy.workstation());
    }
}
