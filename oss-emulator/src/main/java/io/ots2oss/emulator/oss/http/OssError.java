package io.ots2oss.emulator.oss.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An OSS error reply: HTTP status, error code, message and extra leaf elements. */
public final class OssError extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public OssError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public OssError field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public OssError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fields() {
        return fields;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static OssError noSuchBucket(String bucket) {
        return new OssError(404, "NoSuchBucket", "The specified bucket does not exist.").field("BucketName", bucket);
    }

    public static OssError noSuchKey(String key) {
        return new OssError(404, "NoSuchKey", "The specified key does not exist.").field("Key", key);
    }

    public static OssError noSuchUpload(String uploadId) {
        return new OssError(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, "
                + "or the upload may have been aborted or completed.").field("UploadId", uploadId);
    }

    public static OssError invalidArgument(String message, String argumentName, String argumentValue) {
        OssError error = new OssError(400, "InvalidArgument", message);
        if (argumentName != null) {
            error.field("ArgumentName", argumentName).field("ArgumentValue", String.valueOf(argumentValue));
        }
        return error;
    }

    public static OssError malformedXml(String message) {
        return new OssError(400, "MalformedXML", message);
    }

    public static OssError accessDenied(String message) {
        return new OssError(403, "AccessDenied", message);
    }

    public static OssError notImplemented(String what) {
        return new OssError(501, "NotImplemented", what + " is not implemented by the emulator.");
    }

    /** Injected server failures: the codes OSS uses for these statuses. */
    public static OssError injected(int status) {
        String code = switch (status) {
            case 500 -> "InternalError";
            case 502 -> "BadGateway";
            case 503 -> "ServiceUnavailable";
            case 504 -> "GatewayTimeout";
            default -> "InjectedFault";
        };
        return new OssError(status, code, "Injected fault (status " + status + ").");
    }
}
