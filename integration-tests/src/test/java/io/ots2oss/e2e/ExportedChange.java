package io.ots2oss.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One line of the rebuild export, typed: read back from CSV or Parquet, in {@link LedgerTable#EXPORT_COLUMNS} order. */
record ExportedChange(String sequence, String kind, long timeMillis, List<Object> key, Map<String, Object> values, String ops) {

    static ExportedChange of(List<Object> fields) {
        List<String> columns = LedgerTable.EXPORT_COLUMNS;
        if (fields.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " fields, got " + fields);
        }
        Map<String, Object> values = new HashMap<>();
        for (String attribute : LedgerTable.ATTRIBUTES.keySet()) {
            values.put(attribute, fields.get(columns.indexOf(attribute)));
        }
        return new ExportedChange((String) fields.get(columns.indexOf("@sequence")), (String) fields.get(columns.indexOf("@kind")),
                (Long) fields.get(columns.indexOf("@time_ms")),
                List.of(fields.get(columns.indexOf(LedgerTable.PK_SHOP)), fields.get(columns.indexOf(LedgerTable.PK_ORDER))),
                values, (String) fields.get(columns.indexOf("@column_ops")));
    }

    /** The {@code @column_ops} letter of a column. */
    char op(String column) {
        return ops.charAt(LedgerTable.EXPORT_COLUMNS.indexOf(column));
    }

    /** The shard the change was read from: the last part of the sequence string. */
    String shard() {
        return sequence.split("_", 4)[3];
    }
}
