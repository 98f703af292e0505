package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Retries: transient server errors change nothing in the output; maxRetries bounds every call. */
class FaultToleranceIT extends ReaderITBase {

    @AfterEach
    void clearFaults() {
        fixture.emulator.faults().clear();
    }

    private static String tableWithRecords(int count) {
        return tableWithRecords(count, 4);
    }

    private static String tableWithRecords(int count, int shards) {
        String table = newTable(shards);
        for (int i = 0; i < count; i++) {
            fixture.at(T + i * 100L);
            fixture.update(table, i % 40, "v", (long) i);
        }
        return table;
    }

    private static JSONObject params(String table, String status) {
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + MIN);
        p.put("statusTable", status);
        p.put("isExportSequenceInfo", true);
        p.put("maxRetries", 20);
        return p;
    }

    @Test
    void serverBusyOnTenPercentOfCallsGivesIdenticalOutput() {
        String table = tableWithRecords(400);
        List<String> clean = jobs.run(params(table, "status_clean_" + table), 3).assertSucceeded().rows();
        fixture.emulator.faults().failRate("*", "OTSServerBusy", 0.10, 42);
        List<String> faulty = jobs.run(params(table, "status_faulty_" + table), 3).assertSucceeded().rows();
        assertEquals(400 * 1, WindowIT.sorted(clean).size());
        assertEquals(WindowIT.sorted(clean), WindowIT.sorted(faulty));
    }

    @Test
    void maxRetriesBoundsEveryCall() {
        // One shard, so the injected failures all hit the same call.
        String table = tableWithRecords(10, 1);
        JSONObject p = params(table, "status_retry_" + table);
        p.put("maxRetries", 2);
        fixture.emulator.faults().failNext("GetStreamRecord", "OTSServerBusy", 3);
        ReaderJob.Result result = jobs.run(p, 1);
        assertFalse(result.job.succeeded(), "three failures in a row exceed maxRetries=2");
        assertTrue(result.job.failureMessage().contains("OTSServerBusy"), result.job.failureMessage());

        fixture.emulator.faults().clear().failNext("GetStreamRecord", "OTSServerBusy", 2);
        assertEquals(10, jobs.run(p, 1).assertSucceeded().rows().size());
    }

    @Test
    void serverBusyDuringTheJobChecksGetsTheFullMaxRetries() {
        String table = tableWithRecords(10, 1);
        JSONObject p = params(table, "status_busy_init_" + table);
        p.put("maxRetries", 8);
        // More failures than the short budget the Job's checks give an unreachable endpoint.
        fixture.emulator.faults().failNext("DescribeTable", "OTSServerBusy", 6);
        long before = fixture.emulator.requestCount("DescribeTable");
        assertEquals(10, jobs.run(p, 1).assertSucceeded().rows().size());
        assertTrue(fixture.emulator.requestCount("DescribeTable") - before >= 7, "the busy DescribeTable was retried");
    }

    @Test
    void nonRetryableErrorFailsAtOnce() {
        String table = tableWithRecords(10, 1);
        JSONObject p = params(table, "status_fatal_" + table);
        fixture.emulator.faults().failNext("GetStreamRecord", "OTSNoPermissionAccess", 1);
        long before = fixture.emulator.requestCount("GetStreamRecord");
        ReaderJob.Result result = jobs.run(p, 1);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("OTSNoPermissionAccess"), result.job.failureMessage());
        assertEquals(1, fixture.emulator.requestCount("GetStreamRecord") - before, "no retries of a non-retryable error");
    }

    @Test
    void refusedLargePageFallsBackToTheDefaultPage() throws Exception {
        String table = tableWithRecords(10, 1);
        JSONObject p = params(table, "status_page_" + table);
        // A shard's first page is small (sized for records as large as Tablestore accepts): refuse the second, large one.
        fixture.emulator.faults().latency("GetStreamRecord", Duration.ofMillis(1_000));
        long before = fixture.emulator.requestCount("GetStreamRecord");
        CompletableFuture<ReaderJob.Result> job = CompletableFuture.supplyAsync(() -> jobs.run(p, 1));
        long deadline = System.currentTimeMillis() + 30_000;
        while (fixture.emulator.requestCount("GetStreamRecord") == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        fixture.emulator.faults().failNext("GetStreamRecord", "OTSParameterInvalid", 1);
        ReaderJob.Result result = job.get(60, TimeUnit.SECONDS).assertSucceeded();
        assertEquals(10, result.rows().size());
        assertTrue(result.job.log().contains("records per call from now on"), "the fallback is logged");
    }
}
