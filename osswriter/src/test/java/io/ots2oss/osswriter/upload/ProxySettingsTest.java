package io.ots2oss.osswriter.upload;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.support.Params;

class ProxySettingsTest {

    @Test
    void requestsGoThroughTheConfiguredProxy() throws Exception {
        try (ServerSocket proxy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> requestLine = CompletableFuture.supplyAsync(() -> firstRequestLine(proxy));
            WriterConfig config = Params.minimal().with("endpoint", "http://oss-test.example.com").with("bucket", "proxied-bucket")
                    .with("proxyHost", "127.0.0.1").with("proxyPort", proxy.getLocalPort())
                    .with("proxyUsername", "user").with("proxyPassword", "proxy-secret").parse();
            try (OssGateway gateway = new OssGateway(OssClients.create(config.connection(), 2), "proxied-bucket", false, new Retrier(1, 1, 1))) {
                assertThrows(OssFailure.class, () -> gateway.put("k", new byte[] {1}, 1));
            }
            String line = requestLine.get(30, TimeUnit.SECONDS);
            assertTrue(line.startsWith("PUT http://proxied-bucket.oss-test.example.com/k"), line);
        }
    }

    /** Accepts one connection, reads its request line, and answers like a proxy that cannot reach the server. */
    private static String firstRequestLine(ServerSocket proxy) {
        try (Socket socket = proxy.accept()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String line = reader.readLine();
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return line;
        } catch (Exception e) {
            return "failed: " + e;
        }
    }
}
