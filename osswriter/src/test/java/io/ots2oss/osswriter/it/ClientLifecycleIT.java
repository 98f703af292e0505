package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.PluginThreads;

/** Every OSS client and executor the writer opens is closed on every path: no thread of it outlives a job. */
class ClientLifecycleIT extends WriterJobTestBase {
    /** Ample for a shutdown under load (it waits for the SDK's I/O reactor); threads that never end still fail. */
    private static final long GRACE_MILLIS = 15_000;

    private JobResult runAndAssertNoThreadLeft(Supplier<JobResult> job) {
        PluginThreads threads = PluginThreads.snapshot();
        JobResult result = job.get();
        assertEquals(List.of(), threads.leftRunning(GRACE_MILLIS),
                "threads of the writer's clients outlived the job: " + result.failureMessage());
        return result;
    }

    @Test
    void jobFailingOnAMissingBucketLeavesNoThread() {
        JSONObject writer = fixture.writer();
        writer.put("bucket", "no-such-bucket");
        JobResult result = runAndAssertNoThreadLeft(() -> fixture.run(WriterJobFixture.generated(10, 1, "v"), writer, 1));
        assertFalse(result.succeeded());
    }

    @Test
    void jobWhoseReaderTaskFailsLeavesNoThread() {
        JSONObject reader = WriterJobFixture.generated(1_000, 2, "v");
        reader.put("failSlice", 1);
        reader.put("failAfterRecords", 500);
        JobResult result = runAndAssertNoThreadLeft(() -> fixture.run(reader, fixture.writer(), 2));
        assertFalse(result.succeeded());
    }

    @Test
    void jobFailingOnTheErrorLimitLeavesNoThread() {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "parquet");
        writer.put("parquetSchema", "message m { optional int64 id; }");
        JSONObject reader = JSON.parseObject("{\"sliceCount\":1,\"rows\":[[{\"type\":\"STRING\",\"value\":\"x\"}]]}");
        JSONObject setting = JSON.parseObject("{\"speed\":{\"channel\":1},\"errorLimit\":{\"record\":0}}");
        JobResult result = runAndAssertNoThreadLeft(() -> fixture.run(reader, writer, setting, Map.of()));
        assertFalse(result.succeeded());
    }

    @Test
    void successfulJobLeavesNoThread() {
        JobResult result = runAndAssertNoThreadLeft(() -> fixture.run(WriterJobFixture.generated(10, 2, "v"), fixture.writer(), 2));
        assertTrue(result.succeeded(), result.failureMessage());
    }
}
