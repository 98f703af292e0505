package io.ots2oss.emulator.oss;

import com.aliyun.oss.model.DeleteObjectsRequest;
import com.aliyun.oss.model.DeleteObjectsResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeleteMultipleObjectsTest extends EmulatorTestSupport {

    @Test
    void verboseDeleteListsEveryKeyIncludingMissingOnes() {
        emulator.putObject(bucket, "a", new byte[1]);
        emulator.putObject(bucket, "b & <c>", new byte[1]);
        DeleteObjectsResult result = oss.deleteObjects(
                new DeleteObjectsRequest(bucket).withKeys(List.of("a", "b & <c>", "missing")).withQuiet(false));
        assertEquals(List.of("a", "b & <c>", "missing"), result.getDeletedObjects());
        assertTrue(emulator.objectKeys(bucket).isEmpty());
    }

    @Test
    void quietDeleteReportsNothingButDeletes() {
        emulator.putObject(bucket, "a", new byte[1]);
        DeleteObjectsResult result = oss.deleteObjects(new DeleteObjectsRequest(bucket).withKeys(List.of("a")).withQuiet(true));
        assertTrue(result.getDeletedObjects().isEmpty());
        assertTrue(emulator.objectKeys(bucket).isEmpty());
    }

    @Test
    void thousandKeysGoInOneRequest() {
        List<String> keys = IntStream.range(0, 1000).mapToObj(i -> "k" + i).toList();
        keys.forEach(k -> emulator.putObject(bucket, k, new byte[1]));
        emulator.putObject(bucket, "survivor", new byte[1]);
        long before = emulator.requestCount(Operation.DELETE_MULTIPLE_OBJECTS);
        DeleteObjectsResult result = oss.deleteObjects(new DeleteObjectsRequest(bucket).withKeys(keys).withQuiet(false));
        assertEquals(1000, result.getDeletedObjects().size());
        assertEquals(List.of("survivor"), emulator.objectKeys(bucket));
        assertEquals(before + 1, emulator.requestCount(Operation.DELETE_MULTIPLE_OBJECTS));
    }
}
