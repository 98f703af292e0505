package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.RowDeleteChange;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.RowUpdateChange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random, reproducible history over a small set of keys, so each key sees many changes and moves between shards
 * when they split and merge: full puts (some with no attribute at all), partial updates mixing sets, deletions of one
 * version and of all versions, and row deletes (of rows that exist or not). Keeps the version of each cell, so a
 * deleted version is always the cell's current one (row mode's documented premise).
 */
final class LedgerChanges implements ChangeSource {
    private static final String[] SHOPS = {"hangzhou-01", "shanghai-02", "beijing-03", "shenzhen-04", "chengdu-05"};
    private static final String[] NOTES = {"", "plain", "comma, inside", "quote \"inside\"", "line\nbreak", "ünïcödé ✓", "tab\there"};
    private static final List<String> ATTRIBUTES = List.copyOf(LedgerTable.ATTRIBUTES.keySet());
    private static final int KEYS = 90;

    private final Random random;
    /** Key → column → version of the cell as the table holds it now (absent key: no row). */
    private final Map<PrimaryKey, Map<String, Long>> versions = new HashMap<>();

    LedgerChanges(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public ChangeBatch next(int count, long versionMillis) {
        ChangeBatch batch = new ChangeBatch();
        for (int i = 0; i < count; i++) {
            int order = random.nextInt(KEYS);
            PrimaryKey key = LedgerTable.key(SHOPS[order % SHOPS.length], order);
            int dice = random.nextInt(100);
            if (dice < 25) {
                batch.add(put(key, versionMillis));
            } else if (dice < 88) {
                batch.add(update(key, versionMillis));
            } else {
                versions.remove(key);
                batch.add(new RowDeleteChange(LedgerTable.NAME, key));
            }
        }
        return batch;
    }

    private RowPutChange put(PrimaryKey key, long version) {
        RowPutChange put = new RowPutChange(LedgerTable.NAME, key);
        Map<String, Long> cells = new HashMap<>();
        for (String column : ATTRIBUTES) {
            if (random.nextInt(10) < 6) {
                put.addColumn(column, value(column), version);
                cells.put(column, version);
            }
        }
        versions.put(key, cells);
        return put;
    }

    private RowUpdateChange update(PrimaryKey key, long version) {
        RowUpdateChange update = new RowUpdateChange(LedgerTable.NAME, key);
        Map<String, Long> cells = new HashMap<>(versions.getOrDefault(key, Map.of()));
        List<String> columns = new ArrayList<>(ATTRIBUTES);
        Collections.shuffle(columns, random);
        for (String column : columns.subList(0, 1 + random.nextInt(3))) {
            int dice = random.nextInt(10);
            Long current = cells.get(column);
            if (dice < 5) {
                update.put(column, value(column), version);
                cells.put(column, version);
            } else if (dice < 8 && current != null) {
                update.deleteColumn(column, current);
                cells.remove(column);
            } else {
                update.deleteColumns(column);
                cells.remove(column);
            }
        }
        if (cells.isEmpty()) {
            versions.remove(key);
        } else {
            versions.put(key, cells);
        }
        return update;
    }

    private ColumnValue value(String column) {
        switch (LedgerTable.ATTRIBUTES.get(column)) {
            case STRING:
                return ColumnValue.fromString(column.equals("note") ? NOTES[random.nextInt(NOTES.length)] : "c" + random.nextInt(50));
            case DOUBLE:
                return ColumnValue.fromDouble(random.nextInt(2_000_000) / 100.0 - 5_000);
            case LONG:
                return ColumnValue.fromLong(random.nextLong() >> random.nextInt(64));
            case BOOLEAN:
                return ColumnValue.fromBoolean(random.nextBoolean());
            default:
                throw new AssertionError(column);
        }
    }
}
