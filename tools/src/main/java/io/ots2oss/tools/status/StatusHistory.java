package io.ots2oss.tools.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.TableStoreException;

import io.ots2oss.otsstreamreader.status.StatusTable;
import io.ots2oss.otsstreamreader.status.StreamJobDesc;
import io.ots2oss.otsstreamreader.stream.StreamCatalog;

/** The windows exported for one table's current stream, read from the status table, and how they line up. */
public final class StatusHistory {
    private final StreamCatalog stream;
    private final List<ExportedWindow> windows;

    private StatusHistory(StreamCatalog stream, List<ExportedWindow> windows) {
        this.stream = stream;
        this.windows = Collections.unmodifiableList(windows);
    }

    public static StatusHistory load(SyncClient client, String dataTable, String statusTable, boolean timeseriesTable) {
        StreamCatalog stream = StreamCatalog.load(client, dataTable, timeseriesTable);
        StatusTable status = new StatusTable(client, statusTable, stream.streamId());
        List<ExportedWindow> windows = new ArrayList<ExportedWindow>();
        for (StreamJobDesc job : jobDescs(status)) {
            if (dataTable.equals(job.tableName()) || job.tableName().isEmpty()) {
                windows.add(new ExportedWindow(job, status.readCheckpoints(job.endMillis())));
            }
        }
        Collections.sort(windows, new Comparator<ExportedWindow>() {
            @Override
            public int compare(ExportedWindow a, ExportedWindow b) {
                int byStart = Long.compare(a.startMillis(), b.startMillis());
                return byStart != 0 ? byStart : Long.compare(a.endMillis(), b.endMillis());
            }
        });
        return new StatusHistory(stream, windows);
    }

    /** None when the status table does not exist yet: the reader creates it on its first run. */
    private static List<StreamJobDesc> jobDescs(StatusTable status) {
        try {
            return status.readJobDescs();
        } catch (TableStoreException e) {
            if ("OTSObjectNotExist".equals(e.getErrorCode())) {
                return Collections.emptyList();
            }
            throw e;
        }
    }

    public StreamCatalog stream() {
        return stream;
    }

    /** Every window with a job description, by start then end. */
    public List<ExportedWindow> windows() {
        return windows;
    }

    public List<ExportedWindow> completeWindows() {
        List<ExportedWindow> complete = new ArrayList<ExportedWindow>();
        for (ExportedWindow window : windows) {
            if (window.complete()) {
                complete.add(window);
            }
        }
        return complete;
    }

    /** The complete window ending last, or null: the next window starts at its end. */
    public ExportedWindow lastComplete() {
        ExportedWindow last = null;
        for (ExportedWindow window : completeWindows()) {
            if (last == null || window.endMillis() > last.endMillis()) {
                last = window;
            }
        }
        return last;
    }

    public ExportedWindow endingAt(long endMillis) {
        ExportedWindow found = null;
        for (ExportedWindow window : windows) {
            if (window.endMillis() == endMillis) {
                found = window;
            }
        }
        return found;
    }

    /** Gaps and overlaps between consecutive complete windows. */
    public List<Seam> seams() {
        List<Seam> seams = new ArrayList<Seam>();
        List<ExportedWindow> complete = completeWindows();
        for (int i = 1; i < complete.size(); i++) {
            long previousEnd = complete.get(i - 1).endMillis();
            long start = complete.get(i).startMillis();
            if (start > previousEnd) {
                seams.add(new Seam(Seam.Kind.GAP, previousEnd, start));
            } else if (start < previousEnd) {
                seams.add(new Seam(Seam.Kind.OVERLAP, start, previousEnd));
            }
        }
        return seams;
    }

    /** A stretch of stream time no complete window covered (gap) or that two covered (overlap). */
    public static final class Seam {
        public enum Kind { GAP, OVERLAP }

        public final Kind kind;
        public final long fromMillis;
        public final long toMillis;

        Seam(Kind kind, long fromMillis, long toMillis) {
            this.kind = kind;
            this.fromMillis = fromMillis;
            this.toMillis = toMillis;
        }
    }
}
