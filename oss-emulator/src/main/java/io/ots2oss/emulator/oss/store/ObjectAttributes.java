package io.ots2oss.emulator.oss.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request headers an object keeps and echoes on GET and HEAD: Content-Type and the other standard
 * entity headers, server-side encryption and storage class, and user metadata.
 */
public final class ObjectAttributes {
    /** Standard headers stored as sent and echoed under the same (lower-case) name. */
    public static final Set<String> ECHOED_HEADERS = Set.of(
            "cache-control", "content-disposition", "content-encoding", "content-language", "expires",
            "x-oss-server-side-encryption", "x-oss-server-side-encryption-key-id",
            "x-oss-server-side-data-encryption", "x-oss-storage-class");
    public static final String USER_META_PREFIX = "x-oss-meta-";
    public static final String SSE_HEADER = "x-oss-server-side-encryption";

    private final String contentType;
    private final Map<String, String> echoedHeaders;
    private final Map<String, String> userMetadata;

    public ObjectAttributes(String contentType, Map<String, String> echoedHeaders, Map<String, String> userMetadata) {
        this.contentType = contentType == null || contentType.isEmpty() ? "application/octet-stream" : contentType;
        this.echoedHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(echoedHeaders));
        this.userMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(userMetadata));
    }

    /** Picks the attributes out of request headers (names already lower case). */
    public static ObjectAttributes fromRequestHeaders(Map<String, String> headers) {
        Map<String, String> echoed = new LinkedHashMap<>();
        Map<String, String> user = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (ECHOED_HEADERS.contains(lower)) {
                echoed.put(lower, value);
            } else if (lower.startsWith(USER_META_PREFIX)) {
                user.put(lower.substring(USER_META_PREFIX.length()), value);
            }
        });
        return new ObjectAttributes(headers.get("content-type"), echoed, user);
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> echoedHeaders() {
        return echoedHeaders;
    }

    /** User metadata names without the {@code x-oss-meta-} prefix, lower case. */
    public Map<String, String> userMetadata() {
        return userMetadata;
    }

    public String serverSideEncryption() {
        return echoedHeaders.get(SSE_HEADER);
    }

    public String storageClass() {
        return echoedHeaders.getOrDefault("x-oss-storage-class", "Standard");
    }
}
