package io.ots2oss.otsstreamreader;

import io.ots2oss.common.secret.Secret;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the job's secrets in this JVM so task configurations (which DataX may print) carry only a random handle.
 * DataX runs job and tasks of a standalone job in one JVM with one plugin class loader.
 */
final class CredentialVault {
    private static final Map<String, Secret[]> SECRETS = new ConcurrentHashMap<String, Secret[]>();

    private CredentialVault() {
    }

    static String deposit(Secret accessKey, Secret securityToken) {
        String handle = UUID.randomUUID().toString();
        SECRETS.put(handle, new Secret[] {accessKey, securityToken});
        return handle;
    }

    /** {accessKey, securityToken-or-null}, or null when this JVM does not hold the handle. */
    static Secret[] withdraw(String handle) {
        return handle == null ? null : SECRETS.get(handle);
    }

    static void forget(String handle) {
        if (handle != null) {
            SECRETS.remove(handle);
        }
    }
}
