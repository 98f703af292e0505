package io.ots2oss.e2e;

/** Where a job finds Tablestore and OSS, and with which credentials. */
public interface Services {
    String tablestoreEndpoint();

    String instanceName();

    String ossEndpoint();

    String accessId();

    String accessKey();
}
