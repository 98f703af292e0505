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

    static String canonicalRequest(OssRequest request, Set<String> additionalHeaders) {
        StringBuilder s = new StringBuilder(512);
        s.append(request.method()).append('\n');
        s.append(UrlCodec.sdkEncode(request.resourcePath(), true)).append('\n');
        Map<String, String> params = new TreeMap<>();
        request.query().forEach((name, value) ->
                params.put(UrlCodec.sdkEncode(name.trim(), false), UrlCodec.sdkEncode(value == null ? null : value.trim(), false)));
        String separator = "";
        for (Map.Entry<String, String> e : params.entrySet()) {
            s.append(separator).append(e.getKey());
            if (!e.getValue().isEmpty()) {
                s.append('=').append(e.getValue());
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
