package io.ots2oss.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpEndpointTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "https://inst.cn-hangzhou.ots.aliyuncs.com", "HTTP://host/",
            "http://[::1]:80", "http://my_host.internal:65535"})
    void urlsWithHostAndPortPass(String endpoint) {
        assertEquals(endpoint, HttpEndpoint.check("endpoint", endpoint, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oss-cn-hangzhou.aliyuncs.com", "127.0.0.1:9000"})
    void bareHostsPassWhereAllowed(String endpoint) {
        assertEquals(endpoint, HttpEndpoint.check("endpoint", endpoint, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:99999 | port 99999 is outside 1-65535",
            "http://127.0.0.1:0     | port 0 is outside 1-65535",
            "http://                | the host is missing",
            "http://:80             | the host is missing",
            "http://host:port       | 'port' is not a port number",
            "http://host/ots        | remove the path",
            "http://u:p@host        | no user name or password",
            "ftp://host             | is not http or https",
            "http://bad host        | is not a host name",
            "host.only              | http:// or https://"})
    void malformedEndpointsAreRejectedNamingKeyValueAndReason(String endpoint, String reason) {
        ConfigError e = assertThrows(ConfigError.class, () -> HttpEndpoint.check("endpoint", endpoint, false));
        assertTrue(e.getMessage().contains("'endpoint'"), e.getMessage());
        assertTrue(e.getMessage().contains("[" + endpoint + "]"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://proxy", "proxy:3128", "proxy/x", "bad host"})
    void proxyHostIsAHostOnly(String host) {
        ConfigError e = assertThrows(ConfigError.class, () -> HttpEndpoint.checkHost("proxyHost", host));
        assertTrue(e.getMessage().contains("'proxyHost'") && e.getMessage().contains(host), e.getMessage());
    }
}
