package io.ots2oss.osswriter.config;

import java.nio.charset.StandardCharsets;

import io.ots2oss.common.config.ConfigError;

/**
 * What may go into an object name. OSS's own rules: 1 to 1,023 bytes of UTF-8, not starting with '/' or '\'. This
 * writer also refuses control characters (a line break in a key breaks listings, logs and line-based tools) and
 * '.' or '..' path segments (tools that copy keys to files would climb out of the target directory).
 */
public final class ObjectNameRules {
    /** OSS's limit on a key, in bytes of UTF-8. */
    public static final int MAX_BYTES = 1023;

    private ObjectNameRules() {
    }

    /** Why {@code name}, a whole object name, is not acceptable, or null when it is. */
    public static String problemWithName(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        int bytes = utf8Bytes(name);
        if (bytes > MAX_BYTES) {
            return "it is " + bytes + " bytes of UTF-8, and OSS allows at most " + MAX_BYTES;
        }
        if (name.startsWith("/") || name.startsWith("\\")) {
            return "it starts with '" + name.charAt(0) + "', which OSS refuses";
        }
        return problemWithPart(name);
    }

    /** Why {@code part} of a name (prefix, template, suffix) is not acceptable, or null when it is. */
    public static String problemWithPart(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "it contains the control character U+" + String.format("%04X", (int) c);
            }
        }
        for (String segment : part.split("[/\\\\]", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "it contains the path segment '" + segment + "'";
            }
        }
        return null;
    }

    static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Checks a key that holds a whole object name or its prefix ({@code object}). */
    static String checkName(String key, String value) {
        String problem = problemWithName(value);
        if (problem != null) {
            throw ConfigError.illegal(key, value, "an object name of 1 to " + MAX_BYTES + " bytes of UTF-8, not starting"
                    + " with '/' or '\\', without control characters or '.'/'..' segments, but " + problem);
        }
        return value;
    }

    /** Checks a key that holds part of a name ({@code objectNameTemplate}, {@code suffix}). */
    static String checkPart(String key, String value, String expected) {
        String problem = problemWithPart(value);
        if (problem != null) {
            throw ConfigError.illegal(key, value, expected + ", but " + problem);
        }
        return value;
    }
}
