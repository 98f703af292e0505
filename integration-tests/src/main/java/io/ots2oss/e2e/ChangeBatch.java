package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.model.RowChange;
import com.alicloud.openservices.tablestore.model.RowDeleteChange;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.RowUpdateChange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of row changes with what they must become in multi-version mode: one DR row plus one row per column for a
 * put, one row per column operation for an update, one DR row for a delete.
 */
public final class ChangeBatch {
    private final List<RowChange> changes = new ArrayList<>();
    private long puts;
    private long updates;
    private long deletes;
    private long multiVersionRows;

    public ChangeBatch add(RowChange change) {
        changes.add(change);
        if (change instanceof RowPutChange put) {
            puts++;
            multiVersionRows += 1 + put.getColumnsToPut().size();
        } else if (change instanceof RowUpdateChange update) {
            updates++;
            multiVersionRows += update.getColumnsToUpdate().size();
        } else if (change instanceof RowDeleteChange) {
            deletes++;
            multiVersionRows += 1;
        } else {
            throw new IllegalArgumentException("unsupported change " + change.getClass());
        }
        return this;
    }

    public List<RowChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    public int size() {
        return changes.size();
    }

    public long puts() {
        return puts;
    }

    public long updates() {
        return updates;
    }

    public long deletes() {
        return deletes;
    }

    /** Rows the reader emits for these changes in multi-version mode (without sequence info). */
    public long multiVersionRows() {
        return multiVersionRows;
    }

    @Override
    public String toString() {
        return size() + " changes (" + puts + " puts, " + updates + " updates, " + deletes + " deletes)";
    }
}
