package io.ots2oss.bench;

import com.alicloud.openservices.tablestore.SyncClient;
import io.ots2oss.e2e.ChangeWriter;
import io.ots2oss.e2e.OrderChanges;
import io.ots2oss.e2e.PairJob;
import io.ots2oss.e2e.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Small windows, as a job scheduled every few minutes sees them: 100 changes per window, each window chained to the
 * previous one through the status table. The testkit container waits for tasks by event, not by DataX's fixed
 * polling, so the wall time is the plugin pair's own work (plus plugin class loading, which every DataX job pays).
 */
final class LatencySuite {
    private static final int CHANGES_PER_WINDOW = 100;

    private final BenchContext context;
    private final ResultReport report;

    LatencySuite(BenchContext context, ResultReport report) {
        this.context = context;
        this.report = report;
    }

    void run(int rounds) {
        SyncClient client = context.emulators.tablestoreClient();
        OrderChanges changes = new OrderChanges(BenchContext.TABLE, 99);
        ChangeWriter writer = new ChangeWriter(client);
        PairJob job = context.pairJob("row", 4).reader("statusTable", "bench_latency_status");
        long start = context.window.endMillis();
        List<Long> chained = new ArrayList<>();
        double peakLive = -1;
        double peakUsed = 0;
        long records = 0;
        for (int round = 0; round <= rounds; round++) {
            writer.write(changes.next(CHANGES_PER_WINDOW, context.emulators.emulatorNowMillis()));
            long end = context.emulators.emulatorNowMillis() + 1;
            Window window = new Window(start, end);
            start = end;
            BenchContext.Measured m = context.run(job.toJson(), window.params("latency-" + round));
            long millis = m.result().wallTime().toMillis();
            if (round == 0) {
                report.add(new BenchResult("latency", "100-change window, no checkpoint (first run)", 4,
                        m.result().writeRecords(), 0, millis, m.peakLiveMb(), m.peakUsedMb(), -1,
                        "seeks by timestamp past " + context.changes + " older changes"));
            } else {
                chained.add(millis);
                peakLive = Math.max(peakLive, m.peakLiveMb());
                peakUsed = Math.max(peakUsed, m.peakUsedMb());
                records += m.result().writeRecords();
            }
        }
        chained.sort(null);
        long median = chained.get(chained.size() / 2);
        long max = chained.get(chained.size() - 1);
        report.add(new BenchResult("latency", "100-change window, chained (median of " + rounds + ")", 4,
                records / rounds, 0, median, peakLive, peakUsed, -1, "max " + max + " ms; records = mean per window"));
    }
}
