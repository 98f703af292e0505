package io.ots2oss.osswriter.config;

/** The optional HTTP proxy for OSS requests (upstream declared these keys but never read them). */
public final class ProxySettings {
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String domain;
    private final String workstation;

    public ProxySettings(String host, int port, String username, String password, String domain, String workstation) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.domain = domain;
        this.workstation = workstation;
    }

    public static ProxySettings none() {
        return new ProxySettings(null, -1, null, null, null, null);
    }

    public boolean enabled() {
        return host != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String domain() {
        return domain;
    }

    public String workstation() {
        return workstation;
    }

    @Override
    public String toString() {
        return enabled() ? "proxy " + host + ":" + port + (username != null ? " as " + username : "") : "no proxy";
    }
}
