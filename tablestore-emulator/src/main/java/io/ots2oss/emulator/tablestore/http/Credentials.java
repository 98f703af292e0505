package io.ots2oss.emulator.tablestore.http;

import java.util.Objects;

/** The one instance and access key pair the emulator accepts. */
public final class Credentials {
    private final String instanceName;
    private final String accessKeyId;
    private final String accessKeySecret;

    public Credentials(String instanceName, String accessKeyId, String accessKeySecret) {
        this.instanceName = Objects.requireNonNull(instanceName, "instanceName");
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.accessKeySecret = Objects.requireNonNull(accessKeySecret, "accessKeySecret");
    }

    public String instanceName() {
        return instanceName;
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String accessKeySecret() {
        return accessKeySecret;
    }

    @Override
    public String toString() {
        return "Credentials{instance=" + instanceName + ", accessKeyId=" + accessKeyId + ", secret=***}";
    }
}
