package io.ots2oss.otsstreamreader.config;

import io.ots2oss.common.secret.Secret;

/** Where and as whom to connect. The secrets print as stars. */
public final class Connection {
    private final String endpoint;
    private final String accessId;
    private final Secret accessKey;
    private final Secret securityToken;
    private final String instanceName;

    public Connection(String endpoint, String accessId, Secret accessKey, Secret securityToken, String instanceName) {
        this.endpoint = endpoint;
        this.accessId = accessId;
        this.accessKey = accessKey;
        this.securityToken = securityToken;
        this.instanceName = instanceName;
    }

    public String endpoint() {
        return endpoint;
    }

    public String accessId() {
        return accessId;
    }

    public Secret accessKey() {
        return accessKey;
    }

    /** Null unless STS credentials are used. */
    public Secret securityToken() {
        return securityToken;
    }

    public String instanceName() {
        return instanceName;
    }

    @Override
    public String toString() {
        return "endpoint=" + endpoint + ", accessId=" + accessId + ", accessKey=" + accessKey
                + (securityToken == null ? "" : ", securityToken=" + securityToken) + ", instanceName=" + instanceName;
    }
}
