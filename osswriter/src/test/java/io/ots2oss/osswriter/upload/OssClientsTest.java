package io.ots2oss.osswriter.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.aliyun.oss.OSS;

import io.ots2oss.osswriter.config.OssConnection;
import io.ots2oss.osswriter.support.Params;

class OssClientsTest {
    private static final String REAPER = "idle_connection_reaper";

    private static OssConnection connection() {
        return Params.minimal().with("endpoint", "http://127.0.0.1:9").with("bucket", "b")
                .with("accessId", "id").with("accessKey", "key").parse().connection();
    }

    @Test
    void idleConnectionReaperStopsOnlyWhenTheLastClientIsReleased() throws InterruptedException {
        Assumptions.assumeTrue(OssClients.liveClients() == 0, "another test left a client open");
        OSS first = OssClients.create(connection(), 4);
        OSS second = OssClients.create(connection(), 4);
        assertEquals(2, OssClients.liveClients());

        OssClients.release(first);
        assertTrue(reaper().isPresent(), "the reaper stopped while a client was alive");

        Thread reaper = reaper().get();
        OssClients.release(second);
        reaper.join(10_000);
        assertFalse(reaper.isAlive(), "the reaper outlived the last client");
        assertEquals(0, OssClients.liveClients());
    }

    private static Optional<Thread> reaper() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> REAPER.equals(t.getName()) && t.isAlive()).findFirst();
    }
}
