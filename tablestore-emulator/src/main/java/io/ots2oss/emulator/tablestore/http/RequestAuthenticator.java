package io.ots2oss.emulator.tablestore.http;

import io.ots2oss.emulator.tablestore.error.OtsError;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.SortedMap;

/**
 * Checks a request the way the service does: required headers, date format and skew, access key,
 * instance, body MD5 and the V2 signature (HMAC-SHA1 over the sorted {@code x-ots-*} headers).
 */
final class RequestAuthenticator {
    private static final String[] REQUIRED = {
        "x-ots-date", "x-ots-apiversion", "x-ots-accesskeyid", "x-ots-instancename", "x-ots-contentmd5", "x-ots-signature"};
    /** The SDK signs with the machine's real clock, so skew is judged against it, not the emulator clock. */
    private static final long MAX_SKEW_MILLIS = 15 * 60 * 1000L;

    private final Credentials credentials;
    private final HmacSha1 hmac;

    RequestAuthenticator(Credentials credentials) {
        this.credentials = credentials;
        this.hmac = new HmacSha1(credentials.accessKeySecret());
    }

    /** @param otsHeaders the request's {@code x-ots-*} headers, names lowercased, sorted */
    void authenticate(String action, SortedMap<String, String> otsHeaders, byte[] body) {
        for (String name : REQUIRED) {
            if (!otsHeaders.containsKey(name)) {
                throw OtsError.invalidParameter("Missing header: " + name + ".");
            }
        }
        checkDate(otsHeaders.get("x-ots-date"));
        if (!credentials.accessKeyId().equals(otsHeaders.get("x-ots-accesskeyid"))) {
            throw OtsError.authFailed("The AccessKeyID does not exist.");
        }
        if (!credentials.instanceName().equals(otsHeaders.get("x-ots-instancename"))) {
            throw OtsError.authFailed("The instance is not found.");
        }
        if (!HmacSha1.md5Base64(body).equals(otsHeaders.get("x-ots-contentmd5"))) {
            throw OtsError.authFailed("Mismatch between MD5 value of request body and x-ots-contentmd5 in header.");
        }
        String expected = hmac.sign(stringToSign(action, otsHeaders));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                otsHeaders.get("x-ots-signature").getBytes(StandardCharsets.UTF_8))) {
            throw OtsError.authFailed("Signature mismatch.");
        }
    }

    private static void checkDate(String date) {
        Instant sent;
        try {
            sent = Instant.parse(date);
        } catch (DateTimeParseException e) {
            throw OtsError.invalidParameter("Invalid date format: " + date + ".");
        }
        if (Math.abs(System.currentTimeMillis() - sent.toEpochMilli()) > MAX_SKEW_MILLIS) {
            throw OtsError.authFailed("Mismatch between system time and x-ots-date: " + date + ".");
        }
    }

    private static String stringToSign(String action, SortedMap<String, String> otsHeaders) {
        StringBuilder sb = new StringBuilder(256).append('/').append(action).append("\nPOST\n\n");
        for (Map.Entry<String, String> h : otsHeaders.entrySet()) {
            if (!h.getKey().equals("x-ots-signature")) {
                sb.append(h.getKey()).append(':').append(h.getValue().trim()).append('\n');
            }
        }
        return sb.toString();
    }
}
