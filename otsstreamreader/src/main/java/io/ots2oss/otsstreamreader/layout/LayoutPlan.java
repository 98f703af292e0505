package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.config.Mode;
import io.ots2oss.otsstreamreader.config.RowColumn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The task's output layout, chosen and prepared once (row mode's column positions included); each shard reader then
 * gets an instance of its own, creating records through its own factory.
 */
public final class LayoutPlan {
    private final Mode mode;
    private final boolean timeseriesTable;
    private final boolean withSequenceInfo;
    private final boolean exportDeletes;
    private final List<RowColumn> columns;
    private final ColumnPositions positions;

    public LayoutPlan(Mode mode, boolean timeseriesTable, boolean withSequenceInfo, List<RowColumn> columns,
                      boolean exportDeletes) {
        this.mode = mode;
        this.timeseriesTable = timeseriesTable;
        this.withSequenceInfo = withSequenceInfo;
        this.exportDeletes = exportDeletes;
        this.columns = Collections.unmodifiableList(new ArrayList<RowColumn>(columns));
        this.positions = new ColumnPositions(this.columns);
    }

    public RecordLayout newLayout(RecordFactory records) {
        if (mode == Mode.SINGLE_VERSION_AND_UPDATE_ONLY) {
            return timeseriesTable
                    ? new TimeseriesRowLayout(records, withSequenceInfo, columns, positions)
                    : new RowLayout(records, withSequenceInfo, columns, positions, exportDeletes);
        }
        MultiVersionLayout multiVersion = new MultiVersionLayout(records, withSequenceInfo);
        return timeseriesTable ? new TimeseriesRecords(multiVersion) : multiVersion;
    }
}
