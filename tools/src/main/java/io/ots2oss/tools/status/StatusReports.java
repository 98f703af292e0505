package io.ots2oss.tools.status;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.alicloud.openservices.tablestore.SyncClientInterface;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.StreamRecord;

import io.ots2oss.otsstreamreader.status.ShardCheckpoint;

/** The human-readable views: the exported windows, one window per shard, and the retention headroom. */
public final class StatusReports {
    /** Our reader (like upstream's) refuses a start closer than this to the retention horizon. */
    static final long RETENTION_MARGIN_MILLIS = 10 * 60 * 1000L;

    private final StatusHistory history;
    private final ZoneId zone;
    private final String dataTable;

    public StatusReports(StatusHistory history, ZoneId zone, String dataTable) {
        this.history = history;
        this.zone = zone;
        this.dataTable = dataTable;
    }

    /** The table of windows, then gaps and overlaps; returns 0, or 1 when a complete window is missing in between. */
    public int windows(PrintStream out) {
        List<ExportedWindow> windows = history.windows();
        out.println("Windows exported for table " + dataTable + " (stream " + history.stream().streamId() + ", times in " + zone + "):");
        if (windows.isEmpty()) {
            out.println("  none yet");
            return 0;
        }
        out.println(String.format("  %-19s  %-19s  %-19s  %6s  %10s  %s", "start", "end", "exported at", "shards", "records", "status"));
        for (ExportedWindow w : windows) {
            long at = w.startedAtMillis();
            out.println(String.format("  %-19s  %-19s  %-19s  %6d  %10d  %s", Times.display(w.startMillis(), zone),
                    Times.display(w.endMillis(), zone), at < 0 ? "-" : Times.display(at, zone), w.shardCount(), w.records(),
                    status(w)));
        }
        List<StatusHistory.Seam> seams = history.seams();
        for (StatusHistory.Seam seam : seams) {
            out.println("  " + seam.kind + " " + Times.display(seam.fromMillis, zone) + " .. " + Times.display(seam.toMillis, zone)
                    + (seam.kind == StatusHistory.Seam.Kind.GAP ? ": no complete window covers it" : ": exported twice"));
        }
        List<ExportedWindow> complete = history.completeWindows();
        if (seams.isEmpty() && !complete.isEmpty()) {
            out.println("  No gap and no overlap: " + complete.size() + " complete windows cover "
                    + Times.display(complete.get(0).startMillis(), zone) + " .. " + Times.display(history.lastComplete().endMillis(), zone) + ".");
        }
        for (StatusHistory.Seam seam : seams) {
            if (seam.kind == StatusHistory.Seam.Kind.GAP) {
                return 1;
            }
        }
        return 0;
    }

    private String status(ExportedWindow w) {
        if (w.complete()) {
            return "complete";
        }
        String missing = (w.shardCount() - w.checkpoints().size()) + " of " + w.shardCount() + " shards without checkpoint";
        return covered(w) ? "incomplete, re-exported by later windows (" + missing + ")" : "INCOMPLETE (" + missing + ")";
    }

    /** Whether complete windows cover an incomplete window's range (a failed run picked up by the next). */
    private boolean covered(ExportedWindow w) {
        long reach = w.startMillis();
        for (ExportedWindow c : history.completeWindows()) {
            if (c.startMillis() <= reach && c.endMillis() > reach) {
                reach = c.endMillis();
            }
        }
        return reach >= w.endMillis();
    }

    /** Per shard of the window ending at {@code endMillis}: where it stopped and the records it sent. */
    public int detail(long endMillis, SyncClientInterface client, PrintStream out) {
        ExportedWindow w = history.endingAt(endMillis);
        if (w == null) {
            out.println("No window of table " + dataTable + " ends at " + Times.display(endMillis, zone) + " (" + endMillis + ").");
            return 1;
        }
        out.println("Window " + Times.display(w.startMillis(), zone) + " .. " + Times.display(w.endMillis(), zone) + " of table "
                + dataTable + ": " + status(w) + ", job version " + w.job().version());
        out.println(String.format("  %-40s  %10s  %s", "shard", "records", "stopped"));
        Map<String, ShardCheckpoint> checkpoints = w.checkpoints();
        TreeSet<String> shards = new TreeSet<String>(w.job().shardIds());
        shards.addAll(checkpoints.keySet());
        for (String shard : shards) {
            ShardCheckpoint c = checkpoints.get(shard);
            out.println(String.format("  %-40s  %10s  %s", shard, c == null ? "-" : String.valueOf(c.sendRecordCount()),
                    c == null ? "no checkpoint: this shard did not finish the window" : stopped(c, w.endMillis(), client)));
        }
        return w.complete() ? 0 : 1;
    }

    private String stopped(ShardCheckpoint c, long endMillis, SyncClientInterface client) {
        if (c.isShardEnd()) {
            return "closed: read to the end of the shard (split or merged)";
        }
        if (c.isTrimHorizon()) {
            return "not read in this window: waits for its parent shards to be read to their end";
        }
        try {
            GetStreamRecordRequest peek = new GetStreamRecordRequest(c.position());
            peek.setLimit(1);
            List<StreamRecord> next = client.getStreamRecord(peek).getRecords();
            if (next.isEmpty()) {
                return "caught up: no change after it yet";
            }
            long at = next.get(0).getSequenceInfo().getTimestamp() / 1000;
            return at >= endMillis ? "reached the window end (next change at " + Times.display(at, zone) + ")"
                    : "stopped before the window end (next change at " + Times.display(at, zone) + ")";
        } catch (TableStoreException e) {
            if ("OTSTrimmedDataAccess".equals(e.getErrorCode())) {
                return "TRIMMED: the retention removed the changes after this checkpoint";
            }
            return "checkpoint not readable now (" + e.getErrorCode() + ")";
        }
    }

    /** Nagios-style codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN. */
    public int headroom(long nowMillis, long warnMillis, long criticalMillis, PrintStream out) {
        ExportedWindow last = history.lastComplete();
        long retention = history.stream().expirationHours() * 3_600_000L;
        if (last == null) {
            out.println("UNKNOWN: no complete window for table " + dataTable + " yet; the stream keeps " + history.stream().expirationHours() + " h of changes.");
            return 3;
        }
        long deadline = last.endMillis() + retention - RETENTION_MARGIN_MILLIS;
        long headroom = deadline - nowMillis;
        String state = headroom <= criticalMillis ? "CRITICAL" : headroom <= warnMillis ? "WARNING" : "OK";
        out.println(state + ": changes of table " + dataTable + " from " + Times.display(last.endMillis(), zone)
                + " on are not exported yet; the stream keeps " + history.stream().expirationHours() + " h, so the next window "
                + "must start before " + Times.display(deadline, zone) + (headroom > 0 ? " — in " + Times.duration(headroom) + "."
                : " — " + Times.duration(-headroom) + " ago: changes after the last window are being trimmed unexported."));
        out.println("headroom_seconds=" + headroom / 1000);
        return "CRITICAL".equals(state) ? 2 : "WARNING".equals(state) ? 1 : 0;
    }
}
