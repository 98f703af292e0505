package io.ots2oss.emulator.oss;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OssEmulatorMainTest {

    @Test
    void parsedOptionsStartAnEmulatorWithTheBuckets() {
        OssEmulator.Builder builder = OssEmulatorMain.parse(new String[]{
                "--port", "0", "--access-key-id", "x", "--access-key-secret", "y", "--bucket", "one", "--bucket", "two", "--discard"});
        try (OssEmulator emulator = builder.start()) {
            assertEquals(java.util.List.of("one", "two"), emulator.bucketNames());
            assertTrue(emulator.endpoint().startsWith("http://127.0.0.1:"));
        }
    }

    @Test
    void keysAreRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OssEmulatorMain.parse(new String[]{"--port", "0"}));
        assertTrue(e.getMessage().contains("--access-key-id"));
    }

    @Test
    void badPortIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OssEmulatorMain.parse(new String[]{"--port", "http", "--access-key-id", "x", "--access-key-secret", "y"}));
        assertTrue(e.getMessage().contains("'http'"));
    }

    @Test
    void dataDirAndDiscardExcludeEachOther() {
        assertThrows(IllegalArgumentException.class, () -> OssEmulatorMain.parse(new String[]{
                "--access-key-id", "x", "--access-key-secret", "y", "--data-dir", "/tmp/x", "--discard"}));
    }

    @Test
    void latencyDelaysEveryRequest() {
        OssEmulator.Builder builder = OssEmulatorMain.parse(new String[]{
                "--access-key-id", "x", "--access-key-secret", "y", "--bucket", "one", "--latency-ms", "40"});
        try (OssEmulator emulator = builder.start()) {
            com.aliyun.oss.OSS client = new com.aliyun.oss.OSSClientBuilder().build(emulator.endpoint(), "x", "y");
            try {
                long start = System.nanoTime();
                client.listObjects("one");
                assertTrue(System.nanoTime() - start >= 40_000_000L, "the reply came before the configured latency");
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void negativeLatencyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OssEmulatorMain.parse(new String[]{
                "--access-key-id", "x", "--access-key-secret", "y", "--latency-ms", "-5"}));
        assertTrue(e.getMessage().contains("--latency-ms"));
    }
}
