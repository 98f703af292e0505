package io.ots2oss.testkit.plugin;

import java.util.Locale;

/** The two plugin kinds a job uses, named as their directories under {@code $DATAX_HOME/plugin/}. */
public enum PluginType {
    READER, WRITER;

    public String directoryName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PluginType fromDirectoryName(String name) {
        for (PluginType type : values()) {
            if (type.directoryName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("a plugin directory must sit in a 'reader' or 'writer' directory, not in '"
                + name + "'");
    }
}
