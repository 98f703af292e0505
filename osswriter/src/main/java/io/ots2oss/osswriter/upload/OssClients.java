package io.ots2oss.osswriter.upload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;

import io.ots2oss.osswriter.config.OssConnection;
import io.ots2oss.osswriter.config.ProxySettings;

/** Builds SDK clients from a validated {@link OssConnection}. */
public final class OssClients {
    private static final int SOCKET_TIMEOUT_MS = 120_000;
    private static final int CONNECT_TIMEOUT_MS = 30_000;

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
        return new OSSClientBuilder().build(connection.endpoint(), credentials, conf);
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
