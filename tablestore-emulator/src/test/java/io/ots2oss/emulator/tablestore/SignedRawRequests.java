package io.ots2oss.emulator.tablestore;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** Sends hand-built protobuf bodies, signed the V2 way, so tests can say what no SDK would send. */
final class SignedRawRequests {
    private final TablestoreEmulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();

    SignedRawRequests(TablestoreEmulator emulator) {
        this.emulator = emulator;
    }

    HttpResponse<byte[]> post(String action, byte[] body) throws Exception {
        TreeMap<String, String> headers = new TreeMap<>();
        headers.put("x-ots-date", Instant.now().toString());
        headers.put("x-ots-apiversion", "2015-12-31");
        headers.put("x-ots-accesskeyid", emulator.accessKeyId());
        headers.put("x-ots-instancename", emulator.instanceName());
        headers.put("x-ots-contentmd5", Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body)));
        StringBuilder toSign = new StringBuilder("/").append(action).append("\nPOST\n\n");
        headers.forEach((name, value) -> toSign.append(name).append(':').append(value).append('\n'));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(emulator.accessKeySecret().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        headers.put("x-ots-signature", Base64.getEncoder().encodeToString(mac.doFinal(toSign.toString().getBytes(StandardCharsets.UTF_8))));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/" + action))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, String> h : headers.entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
