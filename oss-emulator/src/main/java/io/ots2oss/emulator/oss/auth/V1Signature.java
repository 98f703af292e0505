package io.ots2oss.emulator.oss.auth;

import io.ots2oss.emulator.oss.http.OssRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The V1 (HMAC-SHA1) string to sign and signature, rebuilt from a received request. */
final class V1Signature {
    /** Query parameters that are part of the canonical resource (the SDK's SignParameters list). */
    static final Set<String> SIGNED_SUBRESOURCES = Set.of(
            "acl", "uploads", "location", "cors", "logging", "website", "referer", "lifecycle", "delete", "append",
            "tagging", "objectMeta", "uploadId", "partNumber", "security-token", "position",
            "response-cache-control", "response-content-disposition", "response-content-encoding",
            "response-content-language", "response-content-type", "response-expires", "img", "style", "styleName",
            "replication", "replicationProgress", "replicationLocation", "cname", "bucketInfo", "comp", "qos",
            "live", "status", "vod", "startTime", "endTime", "x-oss-process", "processConfiguration", "symlink",
            "stat", "udf", "udfName", "udfImage", "udfImageDesc", "udfApplication", "udfApplicationLog", "restore",
            "versions", "versioning", "versionId", "encryption", "policy", "requestPayment", "x-oss-traffic-limit",
            "qosInfo", "asyncFetch", "sequential", "x-oss-request-payer", "vpcip", "vip", "inventory",
            "inventoryId", "continuation-token", "worm", "wormId", "wormExtend", "callback", "callback-var",
            "x-oss-dir", "x-oss-rename", "x-oss-delete", "transferAcceleration", "x-oss-ac-source-ip",
            "x-oss-ac-subnet-mask", "x-oss-ac-vpc-id", "x-oss-ac-forward-allow", "metaQuery", "resourceGroup",
            "regionList", "x-oss-async-process", "x-oss-write-get-object-response", "bucketArchiveDirectRead",
            "httpsConfig", "publicAccessBlock", "policyStatus", "redundancyTransition",
            "x-oss-target-redundancy-type", "x-oss-redundancy-transition-taskid", "accessPoint",
            "accessPointPolicy", "seal");

    private V1Signature() {
    }

    /** @param dateValue the Date header, or the Expires parameter of a presigned URL */
    static String stringToSign(OssRequest request, String dateValue) {
        Map<String, String> signedHeaders = new TreeMap<>();
        request.headers().forEach((name, value) -> {
            if (name.startsWith("x-oss-")) {
                signedHeaders.put(name, value.trim());
            }
        });
        StringBuilder s = new StringBuilder(256);
        s.append(request.method()).append('\n');
        s.append(trimmed(request.header("content-md5"))).append('\n');
        s.append(trimmed(request.header("content-type"))).append('\n');
        s.append(dateValue).append('\n');
        signedHeaders.forEach((name, value) -> s.append(name).append(':').append(value).append('\n'));
        s.append(canonicalResource(request));
        return s.toString();
    }

    static String sign(String secret, String stringToSign) {
        byte[] mac = Hashing.hmac("HmacSHA1", secret.getBytes(StandardCharsets.UTF_8), stringToSign);
        return Base64.getEncoder().encodeToString(mac);
    }

    private static String canonicalResource(OssRequest request) {
        StringBuilder s = new StringBuilder(request.resourcePath());
        char separator = '?';
        for (Map.Entry<String, String> e : new TreeMap<>(request.query()).entrySet()) {
            if (!SIGNED_SUBRESOURCES.contains(e.getKey())) {
                continue;
            }
            s.append(separator).append(e.getKey());
            if (e.getValue() != null && !e.getValue().isEmpty()) { // clients sign "?uploads=" as "?uploads"
                s.append('=').append(e.getValue());
            }
            separator = '&';
        }
        return s.toString();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
