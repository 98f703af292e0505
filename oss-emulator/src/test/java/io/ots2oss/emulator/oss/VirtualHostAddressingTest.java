package io.ots2oss.emulator.oss;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Virtual-hosted requests ({@code Host: bucket.domain}) cannot go through the SDK without DNS, so raw HTTP. */
class VirtualHostAddressingTest {

    @Test
    void bucketIsTakenFromTheHostForConfiguredDomains() throws IOException {
        try (OssEmulator emulator = OssEmulator.builder().virtualHostDomain("oss.test").bucket("vhost").start()) {
            emulator.putObject("vhost", "dir/file.txt", "virtual".getBytes());
            String response = get(emulator.port(), "vhost.oss.test:" + emulator.port(), "/dir/file.txt");
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.endsWith("virtual"), response);
        }
    }

    @Test
    void otherHostsUsePathStyle() throws IOException {
        try (OssEmulator emulator = OssEmulator.builder().virtualHostDomain("oss.test").bucket("vhost").start()) {
            emulator.putObject("vhost", "k", "path".getBytes());
            String response = get(emulator.port(), "oss.test:" + emulator.port(), "/vhost/k");
            assertTrue(response.endsWith("path"), response);
        }
    }

    private static String get(int port, String host, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
