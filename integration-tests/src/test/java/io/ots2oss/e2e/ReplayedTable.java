package io.ots2oss.e2e;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory copy of the table built only from exported lines, applied as the reader's README says. */
final class ReplayedTable {
    private final Map<Object, Map<String, Object>> rows = new HashMap<>();

    void apply(ExportedChange change) {
        switch (change.kind()) {
            case "delete" -> rows.remove(change.key());
            case "put" -> rows.put(change.key(), applyTo(new TreeMap<>(), change));
            case "update" -> {
                Map<String, Object> row = applyTo(new TreeMap<>(rows.getOrDefault(change.key(), Map.of())), change);
                if (row.isEmpty()) {
                    rows.remove(change.key());
                } else {
                    rows.put(change.key(), row);
                }
            }
            default -> throw new IllegalArgumentException("unknown kind " + change);
        }
    }

    private static Map<String, Object> applyTo(Map<String, Object> row, ExportedChange change) {
        for (String column : LedgerTable.ATTRIBUTES.keySet()) {
            switch (change.op(column)) {
                case 'S' -> row.put(column, change.values().get(column));
                case 'D', 'V' -> row.remove(column);
                case 'N' -> {
                    if (!change.kind().equals("update")) {
                        throw new IllegalStateException("an untouched column in a " + change.kind() + ": " + change);
                    }
                }
                default -> throw new IllegalStateException("unexpected op of " + column + ": " + change);
            }
            if (change.op(column) != 'S' && change.values().get(column) != null) {
                throw new IllegalStateException(column + " has a value without being set: " + change);
            }
        }
        return row;
    }

    Map<Object, Map<String, Object>> rows() {
        return rows;
    }
}
