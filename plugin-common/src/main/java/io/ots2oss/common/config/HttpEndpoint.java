package io.ots2oss.common.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks service endpoints and proxy hosts when the job starts, so that a typo fails at once naming the key
 * instead of after minutes of retries or as a raw {@code URISyntaxException}.
 */
public final class HttpEndpoint {
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+]");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^]]*]|[^:]*)(?::(.*))?");

    private HttpEndpoint() {
    }

    /**
     * Checks {@code value} of {@code key}: {@code http://} or {@code https://}, a host, an optional port from 1
     * to 65535, no path. With {@code bareHostAllowed}, {@code host[:port]} without a scheme passes too.
     */
    public static String check(String key, String value, boolean bareHostAllowed) {
        String shape = bareHostAllowed
                ? "an http:// or https:// URL or a bare host name, with an optional port and no path"
                : "http:// or https:// followed by a host and an optional port, without a path";
        int schemeEnd = value.indexOf("://");
        if (schemeEnd < 0 && !bareHostAllowed) {
            throw ConfigError.illegal(key, value, shape);
        }
        if (schemeEnd >= 0) {
            String scheme = value.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw ConfigError.illegal(key, value, shape + " (the scheme '" + value.substring(0, schemeEnd) + "' is not http or https)");
            }
        }
        String authority = schemeEnd < 0 ? value : value.substring(schemeEnd + 3);
        if (authority.endsWith("/")) {
            authority = authority.substring(0, authority.length() - 1);
        }
        if (authority.matches(".*[/?#].*")) {
            throw ConfigError.illegal(key, value, shape + " (remove the path)");
        }
        if (authority.contains("@")) {
            throw ConfigError.illegal(key, value, shape + " (no user name or password in the URL)");
        }
        Matcher parts = HOST_PORT.matcher(authority);
        if (!parts.matches() || parts.group(1).isEmpty()) {
            throw ConfigError.illegal(key, value, shape + " (the host is missing)");
        }
        checkHostName(key, value, parts.group(1), shape);
        if (parts.group(2) != null) {
            checkPort(key, value, parts.group(2), shape);
        }
        return value;
    }

    /** Checks a bare host name or IP address, such as {@code proxyHost}. */
    public static String checkHost(String key, String value) {
        String shape = "a host name or IP address without scheme, port or path, such as proxy.example.com";
        if (value.contains("://") || value.contains("/")) {
            throw ConfigError.illegal(key, value, shape);
        }
        checkHostName(key, value, value, shape);
        return value;
    }

    private static void checkHostName(String key, String value, String host, String shape) {
        if (!HOST_NAME.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            throw ConfigError.illegal(key, value, shape + " ('" + host + "' is not a host name or IP address)");
        }
    }

    private static void checkPort(String key, String value, String port, String shape) {
        if (!port.matches("\\d{1,9}")) {
            throw ConfigError.illegal(key, value, shape + " ('" + port + "' is not a port number)");
        }
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65535) {
            throw ConfigError.illegal(key, value, shape + " (port " + number + " is outside 1-65535)");
        }
    }
}
