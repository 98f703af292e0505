package io.ots2oss.emulator.tablestore.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Produces the {@code x-ots-*} reply headers and the {@code Authorization} signature the SDK verifies. */
final class ResponseSigner {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Cheap unique ids: a random per-server prefix plus a counter (UUID.randomUUID contends on SecureRandom). */
    private final String requestIdPrefix = String.format("%016x", ThreadLocalRandom.current().nextLong());
    private final AtomicLong requestCounter = new AtomicLong();
    private final Credentials credentials;
    private final HmacSha1 hmac;

    ResponseSigner(Credentials credentials) {
        this.credentials = credentials;
        this.hmac = new HmacSha1(credentials.accessKeySecret());
    }

    /** All headers of a reply to {@code action} carrying {@code body}, sorted, including {@code authorization}. */
    Map<String, String> headersFor(String action, byte[] body) {
        TreeMap<String, String> headers = new TreeMap<>();
        headers.put("x-ots-contentmd5", HmacSha1.md5Base64(body));
        headers.put("x-ots-contenttype", "protocol buffer");
        headers.put("x-ots-date", DATE.format(Instant.now()));
        headers.put("x-ots-requestid", requestIdPrefix + "-" + Long.toHexString(requestCounter.incrementAndGet()));
        StringBuilder sb = new StringBuilder(256);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            sb.append(h.getKey()).append(':').append(h.getValue()).append('\n');
        }
        sb.append('/').append(action);
        headers.put("authorization", "OTS " + credentials.accessKeyId() + ":" + hmac.sign(sb.toString()));
        return headers;
    }
}
