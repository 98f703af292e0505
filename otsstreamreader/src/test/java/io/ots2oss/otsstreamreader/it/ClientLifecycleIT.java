package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import io.ots2oss.testkit.PluginThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every SDK client the reader opens is shut down on every path: no SDK thread outlives a job, failed or not. */
class ClientLifecycleIT extends ReaderITBase {
    /** Ample for a shutdown under load (it waits for the SDK's I/O reactor); threads that never end still fail. */
    private static final long GRACE_MILLIS = 15_000;

    @AfterEach
    void clearFaults() {
        fixture.emulator.faults().clear();
    }

    private static String tableWithRecords() {
        String table = newTable(2);
        for (int i = 0; i < 20; i++) {
            fixture.at(T + i * 100L);
            fixture.update(table, i, "v", (long) i);
        }
        return table;
    }

    private static JSONObject params(String table) {
        return ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + MIN);
    }

    private static ReaderJob.Result runAndAssertNoThreadLeft(JSONObject parameters) {
        PluginThreads threads = PluginThreads.snapshot();
        ReaderJob.Result result = jobs.run(parameters, 2);
        List<String> left = threads.leftRunning(GRACE_MILLIS);
        assertEquals(List.of(), left, "threads of the reader's clients outlived the job: " + result.job.failureMessage());
        return result;
    }

    @Test
    void jobFailingOnItsFirstCallLeavesNoSdkThread() {
        ReaderJob.Result result = runAndAssertNoThreadLeft(params("no_such_table_for_lifecycle"));
        assertFalse(result.job.succeeded());
    }

    @Test
    void jobFailingOnTheStatusTableLeavesNoSdkThread() {
        String table = tableWithRecords();
        fixture.createTableWithKeys("bad_status_lifecycle", new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        JSONObject p = params(table);
        p.put("statusTable", "bad_status_lifecycle");
        ReaderJob.Result result = runAndAssertNoThreadLeft(p);
        assertFalse(result.job.succeeded());
    }

    @Test
    void jobFailingInATaskLeavesNoSdkThread() {
        JSONObject p = params(tableWithRecords());
        fixture.emulator.faults().failNext("GetStreamRecord", "OTSNoPermissionAccess", 1);
        ReaderJob.Result result = runAndAssertNoThreadLeft(p);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("OTSNoPermissionAccess"), result.job.failureMessage());
    }

    @Test
    void taskStoppedMidCallBecauseAnotherFailedLeavesNoSdkThread() {
        JSONObject p = params(tableWithRecords());
        // Both tasks wait in their first call; one fails, and DataX interrupts the other, which then shuts its client down.
        fixture.emulator.faults().latency("GetStreamRecord", Duration.ofMillis(1_500));
        fixture.emulator.faults().failNext("GetStreamRecord", "OTSNoPermissionAccess", 1);
        ReaderJob.Result result = runAndAssertNoThreadLeft(p);
        assertFalse(result.job.succeeded());
    }

    @Test
    void successfulJobLeavesNoSdkThread() {
        runAndAssertNoThreadLeft(params(tableWithRecords())).assertSucceeded();
    }
}
