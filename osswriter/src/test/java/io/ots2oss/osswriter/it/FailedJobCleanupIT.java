package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.testkit.JobResult;

/** A failed job removes every object it completed (DataX skips the writer's post then, but runs its destroy). */
class FailedJobCleanupIT extends WriterJobTestBase {
    private static final byte[] OLDER = {'o', 'l', 'd'};

    /** Three slices of 2,000 records; slice 2 fails at its end, after the other two have completed their objects. */
    private static JSONObject readerWhoseLastSliceFails(long failAfter) {
        JSONObject reader = WriterJobFixture.generated(2_000, 3, "v");
        reader.put("failSlice", 2);
        reader.put("failAfterRecords", failAfter);
        reader.put("failDelayMillis", 1_500);
        return reader;
    }

    private void assertNoObjectAndNoUpload(String prefix) {
        assertEquals(List.of(), fixture.keys(prefix));
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    private void older(String key) {
        fixture.oss().putObject(WriterJobFixture.BUCKET, key, OLDER);
    }

    @Test
    void parquetJobFailingOnDirtyRecordsLeavesNoObject() {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "parquet");
        writer.put("parquetSchema", "message m { optional int64 id; }");
        JSONObject reader = JSON.parseObject("{\"sliceCount\":3,\"rows\":[[{\"type\":\"LONG\",\"value\":\"1\"}],"
                + "[{\"type\":\"STRING\",\"value\":\"not a long\"}],[{\"type\":\"LONG\",\"value\":\"3\"}]]}");
        JSONObject setting = JSON.parseObject("{\"speed\":{\"channel\":3},\"errorLimit\":{\"record\":0}}");
        // DataX's own poll interval (the testkit's is 1 s): the limit trips in the check after all tasks finished.
        JSONObject core = JSON.parseObject("{\"container\":{\"job\":{\"sleepInterval\":10000}}}");

        JobResult result = fixture.run(reader, writer, setting, core, Map.of());

        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("dirty") || result.dirtyRecords() > 0, result.failureMessage());
        assertTrue(fixture.oss().requestCount(Operation.PUT_OBJECT) >= 1, "tasks completed objects before the job failed");
        assertNoObjectAndNoUpload("out/");
    }

    @Test
    void readerTaskFailingRemovesTheObjectsOfTheTasksThatCompleted() {
        JobResult result = fixture.run(readerWhoseLastSliceFails(1_000), fixture.writer(), 3);

        assertFalse(result.succeeded());
        assertTrue(fixture.oss().requestCount(Operation.PUT_OBJECT) >= 2, "the other tasks completed their objects");
        assertNoObjectAndNoUpload("out/");
    }

    @Test
    void objectsNamedByPartitionValuesAreRemovedToo() {
        JSONObject writer = fixture.writer();
        writer.put("partition", JSON.parseArray("[\"p\"]"));

        JobResult result = fixture.run(readerWhoseLastSliceFails(1_000), writer, 3);

        assertFalse(result.succeeded());
        assertTrue(fixture.oss().requestCount(Operation.PUT_OBJECT) >= 2, "the other tasks completed their objects");
        assertNoObjectAndNoUpload("out/");
    }

    @Test
    void rolledObjectsOfCompletedTasksAreRemovedToo() {
        JSONObject writer = fixture.writer();
        writer.put("blockSizeInMB", 1);
        writer.put("maxFileSize", 1);
        JSONObject reader = WriterJobFixture.generated(12_000, 3, "r".repeat(200));
        reader.put("failSlice", 2);
        reader.put("failAfterRecords", 6_000);
        reader.put("failDelayMillis", 2_000);

        JobResult result = fixture.run(reader, writer, 3);

        assertFalse(result.succeeded());
        assertTrue(fixture.oss().requestCount(Operation.COMPLETE_MULTIPART_UPLOAD) >= 4, "each task rolled objects");
        assertNoObjectAndNoUpload("out/");
    }

    @Test
    void appendModeRemovesOnlyThisJobsObjects() {
        older("out/data__00000000000000000000000000000000");
        older("out/data__ffffffffffffffffffffffffffffffff.txt");
        JSONObject writer = fixture.writer();
        writer.put("writeMode", "append");

        JobResult result = fixture.run(readerWhoseLastSliceFails(1_000), writer, 3);

        assertFalse(result.succeeded());
        assertEquals(List.of("out/data__00000000000000000000000000000000", "out/data__ffffffffffffffffffffffffffffffff.txt"),
                fixture.keys("out/"));
    }

    @Test
    void appendModeKeepsOlderObjectsUnderTheNamesATemplateWouldGiveLaterRolls() {
        older("out/data/part-0-1.txt");
        older("out/data/part-2-0.txt");
        JSONObject writer = fixture.writer();
        writer.put("writeMode", "append");
        writer.put("objectNameTemplate", "${object}/part-${taskId}-${roll}${ext}");

        JobResult result = fixture.run(readerWhoseLastSliceFails(0), writer, 3);

        assertFalse(result.succeeded());
        assertEquals(List.of("out/data/part-0-1.txt", "out/data/part-2-0.txt"), fixture.keys("out/"));
        assertArrayEquals(OLDER, fixture.bytes("out/data/part-0-1.txt"));
        assertArrayEquals(OLDER, fixture.bytes("out/data/part-2-0.txt"));
    }

    @Test
    void successfulJobKeepsItsObjects() {
        JobResult result = fixture.run(WriterJobFixture.generated(2_000, 3, "v"), fixture.writer(), 3);

        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(3, fixture.keys("out/").size());
    }
}
