package io.ots2oss.otsstreamreader.config;

import java.util.Map;

/**
 * Resolves a DataWorks data-source name to its connection keys
 * (endpoint, accessId, accessKey, instanceName, securityToken).
 */
public interface DatasourceLookup {
    /** Never null: throws an error naming the catalog paths tried when the name is unknown. */
    Map<String, String> connectionKeys(String datasourceName);
}
