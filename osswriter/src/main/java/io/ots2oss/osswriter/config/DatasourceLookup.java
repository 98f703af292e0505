package io.ots2oss.osswriter.config;

import io.ots2oss.common.config.ConfigError;

import java.util.Map;

/** Resolves a {@code datasource} name to connection fields ({@code endpoint}, {@code accessId}, {@code accessKey}, {@code securityToken}, {@code bucket}). */
public interface DatasourceLookup {
    /** The fields of the named datasource; throws {@link ConfigError} naming the key when unknown. */
    Map<String, String> resolve(String name);

    /** A lookup for environments without a catalog. */
    DatasourceLookup NONE = new DatasourceLookup() {
        @Override
        public Map<String, String> resolve(String name) {
            throw ConfigError.illegal(Keys.DATASOURCE, name, "a datasource defined in the local datasource catalog (none is configured)");
        }
    };
}
