package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.config.RowColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each table column goes in a row-mode line (a column may be listed twice), computed once per task. Change fields
 * and time-series tags take their values from elsewhere and have no position here.
 */
final class ColumnPositions {
    private static final int[] NOWHERE = new int[0];

    private final Map<String, int[]> byName;

    ColumnPositions(List<RowColumn> columns) {
        Map<String, List<Integer>> lists = new HashMap<String, List<Integer>>();
        for (int i = 0; i < columns.size(); i++) {
            RowColumn column = columns.get(i);
            if (column.isChangeField() || column.timeseriesTag()) {
                continue;
            }
            List<Integer> positions = lists.get(column.name());
            if (positions == null) {
                positions = new ArrayList<Integer>(1);
                lists.put(column.name(), positions);
            }
            positions.add(i);
        }
        byName = new HashMap<String, int[]>();
        for (Map.Entry<String, List<Integer>> entry : lists.entrySet()) {
            int[] positions = new int[entry.getValue().size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = entry.getValue().get(i);
            }
            byName.put(entry.getKey(), positions);
        }
    }

    /** The positions of the column named {@code name}; empty when it is not listed. */
    int[] of(String name) {
        int[] positions = byName.get(name);
        return positions == null ? NOWHERE : positions;
    }
}
