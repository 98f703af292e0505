package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.SyncClient;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablestoreEmulatorMainTest {

    @Test
    void commandLinePrintsAnEndpointTheSdkCanUse() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                TablestoreEmulatorMain.class.getName(), "--port", "0", "--instance", "cli", "--access-key-id", "id",
                "--access-key-secret", "secret", "--shards", "2", "--clock-offset-minutes", "-30"))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("endpoint=")) {
                    endpoint = line.substring("endpoint=".length());
                    break;
                }
            }
            assertNotNull(endpoint, "the emulator prints its endpoint");
            SyncClient client = new SyncClient(endpoint, "id", "secret", "cli");
            try {
                assertTrue(client.listTable().getTableNames().isEmpty());
            } finally {
                client.shutdown();
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
