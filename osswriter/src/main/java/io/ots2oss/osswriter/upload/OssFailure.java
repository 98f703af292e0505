package io.ots2oss.osswriter.upload;

import com.aliyun.oss.OSSException;

/** An OSS operation that failed for good; the message says which operation and why, never credentials. */
public final class OssFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OssFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static OssFailure wrap(String what, Throwable e) {
        if (e instanceof OssFailure) {
            return (OssFailure) e;
        }
        return new OssFailure(what + " failed: " + Retrier.describe(e) + hint(e), e);
    }

    private static String hint(Throwable e) {
        if (!(e instanceof OSSException)) {
            return "";
        }
        String code = ((OSSException) e).getErrorCode();
        if ("NoSuchBucket".equals(code)) {
            return "; the bucket must exist (osswriter never creates it)";
        }
        if ("AccessDenied".equals(code) || "InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
            return "; check accessId/accessKey/securityToken and the RAM policy";
        }
        return "";
    }
}
