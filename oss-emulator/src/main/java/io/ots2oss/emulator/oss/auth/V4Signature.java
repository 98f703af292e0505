package io.ots2oss.emulator.oss.auth;

import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.UrlCodec;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The V4 ({@code OSS4-HMAC-SHA256}) canonical request and signature, rebuilt from a received request. */
final class V4Signature {
    static final String ALGORITHM = "OSS4-HMAC-SHA256";
    /** Query parameters of a presigned URL; the signature itself is the only one left out of the canonical query. */
    static final String QUERY_VERSION = "x-oss-signature-version";
    static final String QUERY_SIGNATURE = "x-oss-signature";

    private V4Signature() {
    }

    /** The parsed {@code Authorization: OSS4-HMAC-SHA256 Credential=...,AdditionalHeaders=...,Signature=...}. */
    record Authorization(String accessKeyId, String date, String region, String product,
                         Set<String> additionalHeaders, String signature) {

        static Authorization parse(String header) {
            String body = header.substring(ALGORITHM.length()).trim();
            String credential = null;
            String additional = "";
            String signature = null;
            for (String item : body.split(",")) {
                String part = item.trim();
                int eq = part.indexOf('=');
                if (eq < 0) {
                    return null;
                }
                String name = part.substring(0, eq);
                String value = part.substring(eq + 1);
                switch (name) {
                    case "Credential" -> credential = value;
                    case "AdditionalHeaders" -> additional = value;
                    case "Signature" -> signature = value;
                    default -> {
                        return null;
                    }
                }
            }
            if (credential == null || signature == null) {
                return null;
            }
            return of(credential, additional, signature);
        }

        /** From a presigned URL's query; null when a part is missing or malformed. */
        static Authorization fromQuery(OssRequest request) {
            String credential = request.param("x-oss-credential");
            String signature = request.param(QUERY_SIGNATURE);
            if (credential == null || signature == null || request.param("x-oss-date") == null) {
                return null;
            }
            String additional = request.param("x-oss-additional-headers");
            return of(credential, additional == null ? "" : additional, signature);
        }

        private static Authorization of(String credential, String additional, String signature) {
            String[] scope = credential.split("/");
            if (scope.length != 5 || !"aliyun_v4_request".equals(scope[4])) {
                return null;
            }
            Set<String> additionalHeaders = additional.isEmpty() ? Set.of() : Set.of(additional.toLowerCase().split(";"));
            return new Authorization(scope[0], scope[1], scope[2], scope[3], additionalHeaders, signature);
        }

        String scope() {
            return date + "/" + region + "/" + product + "/aliyun_v4_request";
        }
    }

    /**
     * @param excludedParams query parameters left out of the canonical query (the presigned signature)
     * @param emptyWithEquals whether a parameter sent as {@code name=} is canonicalised as {@code name=}: the Java
     *                        SDK writes a bare {@code name}, ali-oss writes {@code name=} for an empty query value
     */
    static String canonicalRequest(OssRequest request, Set<String> additionalHeaders, Set<String> excludedParams,
                                   boolean emptyWithEquals) {
        StringBuilder s = new StringBuilder(512);
        s.append(request.method()).append('\n');
        s.append(UrlCodec.sdkEncode(request.resourcePath(), true)).append('\n');
        Map<String, String> params = new TreeMap<>();
        request.query().forEach((name, value) -> {
            if (!excludedParams.contains(name)) {
                params.put(UrlCodec.sdkEncode(name.trim(), false), value == null ? null : UrlCodec.sdkEncode(value.trim(), false));
            }
        });
        String separator = "";
        for (Map.Entry<String, String> e : params.entrySet()) {
            s.append(separator).append(e.getKey());
            String value = e.getValue();
            if (value != null && (!value.isEmpty() || emptyWithEquals)) {
                s.append('=').append(value);
            }
            separator = "&";
        }
        s.append('\n');
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach((name, value) -> {
            if (name.equals("content-type") || name.equals("content-md5") || name.startsWith("x-oss-")
                    || additionalHeaders.contains(name)) {
                headers.put(name, value.trim());
            }
        });
        headers.forEach((name, value) -> s.append(name).append(':').append(value).append('\n'));
        s.append('\n');
        s.append(String.join(";", new TreeMap<String, String>(toMap(additionalHeaders)).keySet())).append('\n');
        String payload = request.header("x-oss-content-sha256");
        s.append(payload == null || payload.isEmpty() ? "UNSIGNED-PAYLOAD" : payload);
        return s.toString();
    }

    /** Whether some parameter arrived as {@code name=}, the one case where clients disagree on the canonical form. */
    static boolean hasEmptyValuedParam(OssRequest request) {
        return request.query().containsValue("");
    }

    static String sign(String secret, Authorization auth, String dateTime, String canonicalRequest) {
        String stringToSign = ALGORITHM + "\n" + dateTime + "\n" + auth.scope() + "\n"
                + HexFormat.of().formatHex(Hashing.sha256(canonicalRequest));
        byte[] key = Hashing.hmac("HmacSHA256", ("aliyun_v4" + secret).getBytes(StandardCharsets.UTF_8), auth.date());
        key = Hashing.hmac("HmacSHA256", key, auth.region());
        key = Hashing.hmac("HmacSHA256", key, auth.product());
        key = Hashing.hmac("HmacSHA256", key, "aliyun_v4_request");
        return HexFormat.of().formatHex(Hashing.hmac("HmacSHA256", key, stringToSign));
    }

    private static Map<String, String> toMap(Set<String> names) {
        Map<String, String> map = new TreeMap<>();
        names.forEach(n -> map.put(n, n));
        return map;
    }
}
