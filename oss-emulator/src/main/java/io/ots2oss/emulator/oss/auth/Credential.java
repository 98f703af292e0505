package io.ots2oss.emulator.oss.auth;

/** An access key the emulator accepts; {@code securityToken} is non-null for STS keys. */
public record Credential(String accessKeyId, String accessKeySecret, String securityToken) {
    @Override
    public String toString() {
        return "Credential[" + accessKeyId + (securityToken != null ? ", sts" : "") + "]"; // never the secret
    }
}
