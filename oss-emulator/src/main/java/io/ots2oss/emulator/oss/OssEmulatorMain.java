package io.ots2oss.emulator.oss;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an emulator until killed:
 * {@code OssEmulatorMain --port P --access-key-id X --access-key-secret Y [--security-token T]
 * [--bucket B ...] [--data-dir D | --discard] [--host H] [--latency-ms MS]}. Prints {@code endpoint=http://...} once listening.
 */
public final class OssEmulatorMain {
    private OssEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        OssEmulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        OssEmulator emulator = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "oss-emulator-shutdown"));
        System.out.println("endpoint=" + emulator.endpoint());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    static OssEmulator.Builder parse(String[] args) {
        OssEmulator.Builder builder = OssEmulator.builder();
        String accessKeyId = null;
        String secret = null;
        String token = null;
        String dataDir = null;
        boolean discard = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--discard")) {
                discard = true;
                continue;
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException("help requested");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--port" -> builder.port(parsePort(value));
                case "--host" -> builder.host(value);
                case "--access-key-id" -> accessKeyId = value;
                case "--access-key-secret" -> secret = value;
                case "--security-token" -> token = value;
                case "--bucket" -> builder.bucket(value);
                case "--data-dir" -> dataDir = value;
                case "--region" -> builder.region(value);
                case "--virtual-host-domain" -> builder.virtualHostDomain(value);
                case "--latency-ms" -> builder.latency(java.time.Duration.ofMillis(parseMillis(value)));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (accessKeyId == null || secret == null) {
            throw new IllegalArgumentException("--access-key-id and --access-key-secret are required");
        }
        if (token == null) {
            builder.credentials(accessKeyId, secret);
        } else {
            builder.securityToken(accessKeyId, secret, token);
        }
        if (dataDir != null && discard) {
            throw new IllegalArgumentException("--data-dir and --discard exclude each other");
        }
        if (dataDir != null) {
            builder.storage(Storage.disk(Path.of(dataDir)));
        } else if (discard) {
            builder.storage(Storage.discard());
        }
        return builder;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be an integer within 0..65535, got '" + value + "'");
    }

    private static long parseMillis(String value) {
        try {
            long millis = Long.parseLong(value);
            if (millis >= 0) {
                return millis;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--latency-ms must be a whole number of milliseconds >= 0, got '" + value + "'");
    }

    private static String usage() {
        return "usage: OssEmulatorMain --port P --access-key-id X --access-key-secret Y [--security-token T]"
                + " [--bucket B ...] [--data-dir D | --discard] [--host H] [--region R] [--virtual-host-domain D] [--latency-ms MS]";
    }
}
