package io.ots2oss.emulator.oss.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** One parsed request: method, addressed bucket and key, decoded query, lower-case headers and the body. */
public final class OssRequest {
    private final String method;
    private final String bucket;
    private final String key;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final long contentLength;
    private final String requestId;
    private InputStream body;

    public OssRequest(String method, Target target, Map<String, String> query, Map<String, String> headers,
                      long contentLength, String requestId, InputStream body) {
        this.method = method;
        this.bucket = target.bucket();
        this.key = target.key();
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        this.headers = Collections.unmodifiableMap(new TreeMap<>(headers));
        this.contentLength = contentLength;
        this.requestId = requestId;
        this.body = body;
    }

    /** Which bucket and key a request addresses: bucket null for the service, key null for the bucket. */
    public record Target(String bucket, String key) {
    }

    public String method() {
        return method;
    }

    /** Null for service-level requests (ListBuckets). */
    public String bucket() {
        return bucket;
    }

    /** Null for bucket-level requests. */
    public String key() {
        return key;
    }

    public boolean hasKey() {
        return key != null;
    }

    /** Decoded query parameters; a bare name ({@code ?uploads}) maps to null. */
    public Map<String, String> query() {
        return query;
    }

    public boolean hasParam(String name) {
        return query.containsKey(name);
    }

    public String param(String name) {
        return query.get(name);
    }

    /** Header names in lower case. */
    public Map<String, String> headers() {
        return headers;
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** -1 when the body is chunked or absent. */
    public long contentLength() {
        return contentLength;
    }

    public String requestId() {
        return requestId;
    }

    public InputStream body() {
        return body;
    }

    /** Lets the handler slow down or cut the body (fault injection). */
    public void wrapBody(UnaryOperator<InputStream> wrapper) {
        body = wrapper.apply(body);
    }

    /** Reads a small XML body; OSS bodies of this kind are bounded (1000 keys, 10000 parts). */
    public byte[] readSmallBody(int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength > 0 ? (int) Math.min(contentLength, limit) : 1024);
        byte[] buffer = new byte[8192];
        int n;
        while ((n = body.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw new OssError(400, "EntityTooLarge", "The request body is larger than " + limit + " bytes.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads and drops the rest of the body so the connection can be reused. */
    public void drainBody() {
        try {
            byte[] buffer = new byte[65536];
            while (body.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException ignored) {
            // the client went away; nothing to drain
        }
    }

    /** {@code /bucket/key} as the signature's resource, the bucket-level {@code /bucket/}, or {@code /}. */
    public String resourcePath() {
        if (bucket == null) {
            return "/";
        }
        return "/" + bucket + "/" + (key == null ? "" : key);
    }
}
