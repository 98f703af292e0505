package io.ots2oss.emulator.oss.auth;

import io.ots2oss.emulator.oss.http.HttpDates;
import io.ots2oss.emulator.oss.http.OssError;
import io.ots2oss.emulator.oss.http.OssRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Verifies V1 and V4 request signatures (header and presigned URL), STS security tokens and the
 * request time, answering with the error codes OSS uses.
 */
public final class RequestAuthenticator {
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    /** V4 presigned URLs live at most 7 days. */
    private static final long MAX_PRESIGNED_V4_SECONDS = 7 * 24 * 3600;

    private final Map<String, Credential> credentials;

    public RequestAuthenticator(Map<String, Credential> credentials) {
        this.credentials = Map.copyOf(credentials);
    }

    /** No configured keys means anonymous access is allowed (a convenience for ad-hoc use). */
    public boolean isOpen() {
        return credentials.isEmpty();
    }

    public void verify(OssRequest request) {
        if (isOpen()) {
            return;
        }
        String authorization = request.header("authorization");
        if (authorization == null) {
            if (request.hasParam("OSSAccessKeyId")) {
                verifyPresignedV1(request);
                return;
            }
            if (request.hasParam(V4Signature.QUERY_VERSION)) {
                verifyPresignedV4(request);
                return;
            }
            throw OssError.accessDenied("AccessDenied: anonymous access is forbidden for this resource.");
        }
        if (authorization.startsWith(V4Signature.ALGORITHM + " ")) {
            verifyV4(request, authorization);
        } else if (authorization.startsWith("OSS ")) {
            verifyV1(request, authorization);
        } else {
            throw OssError.invalidArgument("Authorization header is invalid.", "Authorization", authorization);
        }
    }

    private void verifyV1(OssRequest request, String authorization) {
        String value = authorization.substring(4).trim();
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw OssError.invalidArgument("Authorization header is invalid.", "Authorization", authorization);
        }
        Credential credential = credentialFor(value.substring(0, colon));
        // OSS signs x-oss-date in Date's place when a client sends it (browsers cannot set Date)
        String date = request.header("x-oss-date") != null ? request.header("x-oss-date") : request.header("date");
        checkTime(date == null ? null : parseEitherDate(date), date);
        String stringToSign = V1Signature.stringToSign(request, date);
        String expected = V1Signature.sign(credential.accessKeySecret(), stringToSign);
        if (!Hashing.constantTimeEquals(expected, value.substring(colon + 1))) {
            throw signatureMismatch(stringToSign, value.substring(colon + 1), credential.accessKeyId());
        }
        checkSecurityToken(credential, request.header("x-oss-security-token"));
    }

    private void verifyPresignedV1(OssRequest request) {
        Credential credential = credentialFor(request.param("OSSAccessKeyId"));
        String expires = request.param("Expires");
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            throw OssError.accessDenied("Invalid Expires parameter in the presigned URL.");
        }
        if (Instant.now().getEpochSecond() > expiresAt) {
            throw OssError.accessDenied("Request has expired.").field("Expires", expires);
        }
        String stringToSign = V1Signature.stringToSign(request, expires);
        String provided = String.valueOf(request.param("Signature"));
        if (!Hashing.constantTimeEquals(V1Signature.sign(credential.accessKeySecret(), stringToSign), provided)) {
            throw signatureMismatch(stringToSign, provided, credential.accessKeyId());
        }
        checkSecurityToken(credential, request.param("security-token"));
    }

    private void verifyV4(OssRequest request, String authorization) {
        V4Signature.Authorization auth = V4Signature.Authorization.parse(authorization);
        if (auth == null) {
            throw OssError.invalidArgument("Authorization header is invalid.", "Authorization", authorization);
        }
        Credential credential = credentialFor(auth.accessKeyId());
        String dateTime = request.header("x-oss-date");
        Instant when = dateTime == null ? null : HttpDates.parseV4(dateTime);
        checkTime(when, dateTime);
        if (!dateTime.startsWith(auth.date())) {
            throw OssError.accessDenied("The date in the credential scope does not match x-oss-date.");
        }
        checkV4Signature(request, auth, credential, dateTime, Set.of());
        checkSecurityToken(credential, request.header("x-oss-security-token"));
    }

    /** The query-string form: {@code x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-credential=...}. */
    private void verifyPresignedV4(OssRequest request) {
        if (!V4Signature.ALGORITHM.equals(request.param(V4Signature.QUERY_VERSION))) {
            throw OssError.invalidArgument("Unsupported signature version in the presigned URL.",
                    V4Signature.QUERY_VERSION, request.param(V4Signature.QUERY_VERSION));
        }
        V4Signature.Authorization auth = V4Signature.Authorization.fromQuery(request);
        if (auth == null) {
            throw OssError.accessDenied("The presigned URL lacks x-oss-credential, x-oss-date, x-oss-expires or x-oss-signature, or one of them is malformed.");
        }
        Credential credential = credentialFor(auth.accessKeyId());
        String dateTime = request.param("x-oss-date");
        Instant signedAt = HttpDates.parseV4(dateTime);
        if (signedAt == null || !dateTime.startsWith(auth.date())) {
            throw OssError.accessDenied("x-oss-date of the presigned URL is not a yyyyMMdd'T'HHmmss'Z' time within the credential's date: " + dateTime);
        }
        long expires = parseExpires(request.param("x-oss-expires"));
        Instant now = Instant.now();
        if (now.isAfter(signedAt.plusSeconds(expires))) {
            throw OssError.accessDenied("Request has expired.").field("Expires", signedAt.plusSeconds(expires).toString())
                    .field("ServerTime", HttpDates.iso8601(now));
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw new OssError(403, "RequestTimeTooSkewed",
                    "The difference between the request time and the current time is too large.")
                    .field("RequestTime", dateTime)
                    .field("ServerTime", HttpDates.iso8601(now));
        }
        checkV4Signature(request, auth, credential, dateTime, Set.of(V4Signature.QUERY_SIGNATURE));
        checkSecurityToken(credential, request.param("x-oss-security-token"));
    }

    private static void checkV4Signature(OssRequest request, V4Signature.Authorization auth, Credential credential,
                                         String dateTime, Set<String> excludedParams) {
        String canonicalRequest = V4Signature.canonicalRequest(request, auth.additionalHeaders(), excludedParams, false);
        if (Hashing.constantTimeEquals(V4Signature.sign(credential.accessKeySecret(), auth, dateTime, canonicalRequest), auth.signature())) {
            return;
        }
        if (V4Signature.hasEmptyValuedParam(request)) {
            String withEquals = V4Signature.canonicalRequest(request, auth.additionalHeaders(), excludedParams, true);
            if (Hashing.constantTimeEquals(V4Signature.sign(credential.accessKeySecret(), auth, dateTime, withEquals), auth.signature())) {
                return;
            }
        }
        throw signatureMismatch(canonicalRequest, auth.signature(), credential.accessKeyId());
    }

    private static long parseExpires(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0 && seconds <= MAX_PRESIGNED_V4_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw OssError.invalidArgument("x-oss-expires must be a number of seconds within 1.." + MAX_PRESIGNED_V4_SECONDS + ".",
                "x-oss-expires", value);
    }

    private static Instant parseEitherDate(String value) {
        Instant rfc822 = HttpDates.parseRfc822(value);
        return rfc822 != null ? rfc822 : HttpDates.parseV4(value);
    }

    private Credential credentialFor(String accessKeyId) {
        Credential credential = credentials.get(accessKeyId);
        if (credential == null) {
            throw new OssError(403, "InvalidAccessKeyId", "The OSS Access Key Id you provided does not exist in our records.")
                    .field("OSSAccessKeyId", accessKeyId);
        }
        return credential;
    }

    private static void checkTime(Instant when, String raw) {
        if (when == null) {
            throw OssError.accessDenied(raw == null
                    ? "AccessDenied: the request carries no Date (or x-oss-date) header."
                    : "AccessDenied: the request date is not a valid HTTP date: " + raw);
        }
        Instant now = Instant.now();
        if (Duration.between(when, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new OssError(403, "RequestTimeTooSkewed",
                    "The difference between the request time and the current time is too large.")
                    .field("RequestTime", raw)
                    .field("ServerTime", HttpDates.iso8601(now));
        }
    }

    private static void checkSecurityToken(Credential credential, String provided) {
        if (credential.securityToken() == null) {
            return;
        }
        if (provided == null) {
            throw new OssError(403, "InvalidAccessKeyId",
                    "The OSS Access Key Id you provided does not exist in our records (STS key without security token).")
                    .field("OSSAccessKeyId", credential.accessKeyId());
        }
        if (!Hashing.constantTimeEquals(credential.securityToken(), provided)) {
            throw new OssError(403, "InvalidSecurityToken", "The security token you provided is invalid.");
        }
    }

    private static OssError signatureMismatch(String stringToSign, String provided, String accessKeyId) {
        return new OssError(403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your key and signing method.")
                .field("StringToSign", stringToSign)
                .field("SignatureProvided", provided)
                .field("OSSAccessKeyId", accessKeyId);
    }
}
