package io.ots2oss.emulator.tablestore.http;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/** Base64 HMAC-SHA1 and MD5 helpers with per-thread engines (Mac and MessageDigest are not thread-safe). */
final class HmacSha1 {
    private final ThreadLocal<Mac> mac;

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    HmacSha1(String secret) {
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA1");
                m.init(key);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    String sign(String data) {
        return Base64.getEncoder().encodeToString(mac.get().doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    static String md5Base64(byte[] body) {
        return Base64.getEncoder().encodeToString(MD5.get().digest(body));
    }
}
