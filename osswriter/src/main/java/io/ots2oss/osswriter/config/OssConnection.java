package io.ots2oss.osswriter.config;

import io.ots2oss.common.secret.Secret;

/** Where and as whom to connect. {@link #toString()} never shows the secret parts. */
public final class OssConnection {
    private final String endpoint;
    private final String accessId;
    private final Secret accessKey;
    private final Secret securityToken;
    private final String bucket;
    private final String cname;
    private final boolean encrypt;
    private final ProxySettings proxy;

    public OssConnection(String endpoint, String accessId, String accessKey, String securityToken, String bucket,
                         String cname, boolean encrypt, ProxySettings proxy) {
        this.endpoint = endpoint;
        this.accessId = accessId;
        this.accessKey = Secret.of(accessKey);
        this.securityToken = securityToken == null ? null : Secret.of(securityToken);
        this.bucket = bucket;
        this.cname = cname;
        this.encrypt = encrypt;
        this.proxy = proxy;
    }

    public String endpoint() {
        return endpoint;
    }

    public String accessId() {
        return accessId;
    }

    public String accessKey() {
        return accessKey.reveal();
    }

    /** The STS token, or null for a long-term AccessKey. */
    public String securityToken() {
        return securityToken == null ? null : securityToken.reveal();
    }

    /** The secret values, for scrubbing messages that might echo them. */
    public java.util.List<String> secrets() {
        java.util.List<String> secrets = new java.util.ArrayList<String>();
        secrets.add(accessKey.reveal());
        if (securityToken != null) {
            secrets.add(securityToken.reveal());
        }
        if (proxy.password() != null) {
            secrets.add(proxy.password());
        }
        return secrets;
    }

    public String bucket() {
        return bucket;
    }

    /** Upstream's {@code cname} key: a host added to the SDK's CNAME exclude list, or null. */
    public String cname() {
        return cname;
    }

    /** Whether objects are written with {@code x-oss-server-side-encryption: AES256}. */
    public boolean encrypt() {
        return encrypt;
    }

    public ProxySettings proxy() {
        return proxy;
    }

    @Override
    public String toString() {
        return "oss://" + bucket + " at " + endpoint + " as " + accessId + (securityToken != null ? " (STS)" : "") + ", " + proxy;
    }
}
