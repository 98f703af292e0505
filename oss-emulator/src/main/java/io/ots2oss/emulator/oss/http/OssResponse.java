package io.ots2oss.emulator.oss.http;

import io.ots2oss.emulator.oss.store.ObjectContent;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, headers (names written exactly as given) and a body. */
public final class OssResponse {
    private static final byte[] EMPTY = new byte[0];

    private int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = EMPTY;
    private ObjectContent content;
    private long contentOffset;
    private long contentLength;

    private OssResponse(int status) {
        this.status = status;
    }

    public static OssResponse ok() {
        return new OssResponse(200);
    }

    public static OssResponse noContent() {
        return new OssResponse(204);
    }

    public static OssResponse xml(Xml xml) {
        OssResponse response = new OssResponse(200);
        response.body = xml.toBytes();
        response.headers.put("Content-Type", "application/xml");
        return response;
    }

    public static OssResponse xmlBytes(byte[] xml) {
        OssResponse response = new OssResponse(200);
        response.body = xml;
        response.headers.put("Content-Type", "application/xml");
        return response;
    }

    public OssResponse status(int newStatus) {
        this.status = newStatus;
        return this;
    }

    public OssResponse header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    /**
     * Streams {@code length} bytes of {@code objectContent} from {@code offset}. The content must be
     * retained for this response ({@link ObjectContent#share()}); the handler releases it once sent.
     */
    public OssResponse content(ObjectContent objectContent, long offset, long length) {
        this.content = objectContent;
        this.contentOffset = offset;
        this.contentLength = length;
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public ObjectContent content() {
        return content;
    }

    public long contentOffset() {
        return contentOffset;
    }

    public long bodyLength() {
        return content != null ? contentLength : body.length;
    }
}
