package io.ots2oss.emulator.tablestore;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code --port P --instance I --access-key-id X --access-key-secret Y [--shards N]
 * [--clock-offset-minutes M] [--bind ADDRESS] [--threads T] [--stream-only-tables A,B] [--latency-ms MS]}. Prints {@code endpoint=http://127.0.0.1:P} and runs
 * until killed.
 */
public final class TablestoreEmulatorMain {
    private TablestoreEmulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        TablestoreEmulator.Builder builder = TablestoreEmulator.builder();
        long offsetMinutes = 0;
        int latencyMillis = 0;
        String[] streamOnlyTables = new String[0];
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port": builder.port(parseInt(option, value)); break;
                case "--instance": builder.instance(value); break;
                case "--access-key-id": builder.credentials(value, secretOf(args)); break;
                case "--access-key-secret": break; // read together with the key id
                case "--shards": builder.defaultShardCount(parseInt(option, value)); break;
                case "--clock-offset-minutes": offsetMinutes = parseInt(option, value); break;
                case "--bind": builder.bindAddress(InetAddress.getByName(value)); break;
                case "--threads": builder.threads(parseInt(option, value)); break;
                case "--stream-only-tables": streamOnlyTables = value.split(","); break;
                case "--latency-ms": latencyMillis = parseInt(option, value); break;
                default: usage("unknown option " + option);
            }
        }
        TablestoreEmulator emulator = builder.start();
        emulator.clock().setOffset(Duration.ofMinutes(offsetMinutes));
        if (latencyMillis > 0) {
            emulator.faults().latency("*", Duration.ofMillis(latencyMillis));
        }
        for (String table : streamOnlyTables) {
            emulator.streamOnly(table.trim());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        System.out.println("endpoint=" + emulator.endpoint());
        System.out.println("instance=" + emulator.instanceName());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static String secretOf(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--access-key-secret")) {
                return args[i + 1];
            }
        }
        usage("--access-key-id needs --access-key-secret");
        return null;
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            usage(option + " expects an integer, got '" + value + "'");
            return 0;
        }
    }

    private static void usage(String problem) {
        System.err.println("TablestoreEmulatorMain: " + problem);
        System.err.println("usage: --port P --instance I --access-key-id X --access-key-secret Y [--shards N] [--clock-offset-minutes M] [--bind ADDRESS] [--threads T] [--stream-only-tables A,B] [--latency-ms MS]");
        System.exit(2);
    }
}
