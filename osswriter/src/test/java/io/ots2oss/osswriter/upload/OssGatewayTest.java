package io.ots2oss.osswriter.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.emulator.oss.UploadInfo;
import io.ots2oss.osswriter.support.EmulatedOss;

class OssGatewayTest {
    private EmulatedOss oss;
    private OssGateway gateway;

    @BeforeEach
    void start() {
        oss = new EmulatedOss();
        gateway = oss.gateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
        oss.close();
    }

    @Test
    void deleteByPrefixSeesEveryPageAndBatchesDeletes() {
        for (int i = 0; i < 2500; i++) {
            oss.emulator().putObject(EmulatedOss.BUCKET, String.format("out/data__%05d", i), new byte[] {1});
        }
        oss.emulator().putObject(EmulatedOss.BUCKET, "other/keep", new byte[] {1});
        assertEquals(2500, gateway.deleteByPrefix("out/data"));
        assertEquals(List.of("other/keep"), oss.emulator().objectKeys(EmulatedOss.BUCKET));
        assertEquals(3, oss.emulator().requestCount(Operation.DELETE_MULTIPLE_OBJECTS));
        assertEquals(0, oss.emulator().requestCount(Operation.DELETE_OBJECT));
    }

    @Test
    void anyKeyStartsWithLooksAtThePrefixNotTheFirstPage() {
        for (int i = 0; i < 1200; i++) {
            oss.emulator().putObject(EmulatedOss.BUCKET, String.format("a/%05d", i), new byte[] {1});
        }
        oss.emulator().putObject(EmulatedOss.BUCKET, "z/late", new byte[] {1});
        assertTrue(gateway.anyKeyStartsWith("z/"));
        assertFalse(gateway.anyKeyStartsWith("y/"));
    }

    @Test
    void abortUploadsUnderPagesThroughEveryUploadUnderThePrefix() {
        for (int i = 0; i < 5; i++) {
            gateway.initiate("out/data__" + (i % 3));
        }
        assertEquals(5, gateway.abortUploadsUnder("out/", OssGateway.KeyFilter.ALL, 2));
        assertEquals(List.of(), oss.emulator().inProgressUploads(EmulatedOss.BUCKET));
        assertEquals(3, oss.emulator().requestCount(Operation.LIST_MULTIPART_UPLOADS));
    }

    @Test
    void abortUploadsUnderLeavesOtherPrefixesAndFilteredKeysAlone() {
        gateway.initiate("out/data");
        gateway.initiate("out/data-other");
        gateway.initiate("keep/data");
        assertEquals(1, gateway.abortUploadsUnder("out/", key -> key.equals("out/data")));
        assertEquals(List.of("keep/data", "out/data-other"), oss.emulator().inProgressUploads(EmulatedOss.BUCKET).stream()
                .map(UploadInfo::key).sorted().toList());
    }

    @Test
    void bucketExistenceIsChecked() {
        assertTrue(gateway.bucketExists());
    }
}
