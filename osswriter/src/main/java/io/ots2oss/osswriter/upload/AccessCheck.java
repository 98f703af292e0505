package io.ots2oss.osswriter.upload;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import com.aliyun.oss.ClientException;
import com.aliyun.oss.OSSException;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.config.OssConnection;

/**
 * The writer's first OSS request, made when the job starts: it proves that the endpoint is OSS, that the bucket
 * exists and that the credentials sign correctly. Failures that waiting cannot fix (refused connection, unknown
 * host, a peer that is not OSS, unknown key, wrong secret, missing bucket) fail at once naming the job key and its
 * value. Server-side errors, timeouts and unparsable answers (a reset connection leaves one too) get two quick
 * retries; an answer that is still not OSS's then names {@code endpoint}.
 */
public final class AccessCheck {
    private static final int ATTEMPTS = 3;
    private static final long PAUSE_MILLIS = 500;

    private AccessCheck() {
    }

    public static void verify(OssGateway gateway, OssConnection connection) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= ATTEMPTS;
            try {
                gateway.readBucketAcl();
                return;
            } catch (OSSException e) {
                if ("AccessDenied".equals(e.getErrorCode())) {
                    return; // signed correctly, the bucket exists, the account just may not read its ACL
                }
                RuntimeException fatal = explain(e, connection);
                if (fatal != null) {
                    throw fatal;
                }
                // A reset connection also leaves an unparsable answer: only a repeated one is some other server.
                boolean foreign = !answeredLikeOss(e);
                if (last && foreign) {
                    throw notOss(e, connection);
                }
                if (last || !(foreign || Retrier.isTransient(e))) {
                    throw OssFailure.wrap(checking(connection), e);
                }
            } catch (ClientException e) {
                RuntimeException fatal = explain(e, connection);
                if (fatal != null) {
                    throw fatal;
                }
                if (last || !Retrier.isTransient(e)) {
                    throw OssFailure.wrap(checking(connection), e);
                }
            }
            pause();
        }
    }

    /** The error for an answer of OSS that no retry can change, or null. */
    static RuntimeException explain(OSSException e, OssConnection connection) {
        String code = e.getErrorCode();
        String detail = " (" + code + ", request " + e.getRequestId() + ")";
        if ("NoSuchBucket".equals(code)) {
            return new ConfigError(Keys.BUCKET, "Job key 'bucket' = [" + connection.bucket() + "]: the bucket does not exist"
                    + " at endpoint [" + connection.endpoint() + "] (osswriter never creates buckets)" + detail + ".");
        }
        if ("InvalidAccessKeyId".equals(code)) {
            return new ConfigError(Keys.ACCESS_ID, "Job key 'accessId' = [" + connection.accessId() + "]: OSS at ["
                    + connection.endpoint() + "] does not know this AccessKey ID, or it is disabled" + detail + ".");
        }
        if ("SignatureDoesNotMatch".equals(code)) {
            return new ConfigError(Keys.ACCESS_KEY, "Job key 'accessKey' (hidden) is not the secret of accessId ["
                    + connection.accessId() + "]: OSS at [" + connection.endpoint() + "] rejected the signature" + detail + ".");
        }
        if ("InvalidSecurityToken".equals(code) || "SecurityTokenExpired".equals(code)) {
            return new ConfigError(Keys.SECURITY_TOKEN, "Job key 'securityToken' (hidden) was refused by OSS at ["
                    + connection.endpoint() + "]: it is invalid or expired" + detail + ".");
        }
        return null;
    }

    private static ConfigError notOss(OSSException e, OssConnection connection) {
        return new ConfigError(Keys.ENDPOINT, "Job key 'endpoint' = [" + connection.endpoint() + "]: the server there"
                + " answered, but not as OSS does (" + e.getErrorCode() + ": " + e.getErrorMessage()
                + "). Use the OSS endpoint of the bucket's region, such as https://oss-cn-hangzhou.aliyuncs.com.");
    }

    static RuntimeException explain(ClientException e, OssConnection connection) {
        String reason = unreachable(e);
        if (reason == null) {
            return null;
        }
        if (connection.proxy().enabled()) {
            return new ConfigError(Keys.PROXY_HOST, "Job keys 'proxyHost' = [" + connection.proxy().host() + "] and 'proxyPort' = ["
                    + connection.proxy().port() + "]: cannot reach the proxy for endpoint [" + connection.endpoint() + "]: "
                    + reason + ".");
        }
        return new ConfigError(Keys.ENDPOINT, "Job key 'endpoint' = [" + connection.endpoint() + "]: cannot connect: " + reason
                + ". Check the scheme, host and port, and that no firewall blocks it.");
    }

    /** Why the SDK could not connect at all, or null; its error codes vary, the java.net cause does not. */
    private static String unreachable(ClientException e) {
        if ("UnknownHost".equals(e.getErrorCode())) {
            return "the host name does not resolve";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return "the host name does not resolve";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "the connection was refused (" + cause.getMessage() + ")";
            }
        }
        return "ConnectionRefused".equals(e.getErrorCode()) ? "the connection was refused" : null;
    }

    /** OSS always answers with an XML error carrying a request id; anything else is some other server. */
    private static boolean answeredLikeOss(OSSException e) {
        String code = e.getErrorCode();
        return e.getRequestId() != null && !e.getRequestId().isEmpty() && code != null
                && !"InvalidResponse".equals(code) && !"AccessForbidden".equals(code) && !"Unknown".equals(code);
    }

    private static String checking(OssConnection connection) {
        return "Checking access to bucket " + connection.bucket() + " at " + connection.endpoint();
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OssFailure("interrupted while checking access to OSS", e);
        }
    }
}
