package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.testkit.JobResult;

class SafeCommitIT extends WriterJobTestBase {
    private JSONObject deterministicWriter(String prefix) {
        JSONObject writer = fixture.writer();
        writer.put("object", prefix);
        writer.put("fileFormat", "csv");
        writer.put("compress", "gzip");
        writer.put("blockSizeInMB", 1);
        writer.put("maxFileSize", 2);
        writer.put("objectNameTemplate", "${object}/part-${taskId}-${roll}${ext}");
        return writer;
    }

    private Map<String, byte[]> objects(String prefix) {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        for (String key : fixture.keys(prefix)) {
            objects.put(key.substring(prefix.length()), fixture.bytes(key));
        }
        return objects;
    }

    @Test
    void tenPercentServiceUnavailableGivesByteIdenticalOutput() {
        JSONObject reader = WriterJobFixture.generated(60_000, 2, "y".repeat(100));
        JobResult clean = fixture.run(reader, deterministicWriter("clean"), 2);
        assertTrue(clean.succeeded(), clean.failureMessage());

        fixture.oss().faults().failRate(Operation.ANY, 503, 0.1, 2024);
        JobResult faulty = fixture.run(reader, deterministicWriter("faulty"), 2);
        fixture.oss().faults().clear();
        assertTrue(faulty.succeeded(), faulty.failureMessage());

        Map<String, byte[]> expected = objects("clean");
        Map<String, byte[]> actual = objects("faulty");
        assertTrue(expected.size() >= 2, expected.keySet().toString());
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    /** Runs one task whose reader fails after about 3 MB of records, with 1 MB parts. */
    private JobResult runTaskFailingAfter30kRecords(JSONObject writer) {
        JSONObject reader = WriterJobFixture.generated(100_000, 1, "z".repeat(100));
        reader.put("failAfterRecords", 30_000);
        writer.put("blockSizeInMB", 1);
        return fixture.run(reader, writer, 1);
    }

    private void assertNothingLeftBehind() {
        assertEquals(List.of(), fixture.keys(""));
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    @Test
    void taskFailingMidStreamLeavesNoObjectAndNoUpload() {
        JobResult result = runTaskFailingAfter30kRecords(fixture.writer());
        assertFalse(result.succeeded());
        assertTrue(fixture.oss().requestCount(Operation.UPLOAD_PART) >= 2, "the object was mid-upload");
        assertNothingLeftBehind();
    }

    @Test
    void taskFailingAfterRollingRemovesTheObjectsItCompleted() {
        JSONObject writer = fixture.writer();
        writer.put("maxFileSize", 1);
        JobResult result = runTaskFailingAfter30kRecords(writer);
        assertFalse(result.succeeded());
        assertTrue(fixture.oss().requestCount(Operation.COMPLETE_MULTIPART_UPLOAD) >= 2, "objects were completed before the failure");
        assertNothingLeftBehind();
    }
}
