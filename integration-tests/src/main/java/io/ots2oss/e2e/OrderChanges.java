package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.RowDeleteChange;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.RowUpdateChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic, reproducible mix of order-book changes: new orders (puts), status and amount updates
 * (including a deleted column version and a cleared column), and cancelled orders (deletes).
 */
public final class OrderChanges implements ChangeSource {
    private static final String[] SHOPS = {"hangzhou-01", "shanghai-02", "beijing-03", "shenzhen-04", "chengdu-05", "wuhan-06", "xian-07", "nanjing-08"};
    private static final String[] CUSTOMERS = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    private static final String[] STATUSES = {"created", "paid", "shipped", "delivered"};

    private final String table;
    private final Random random;
    private long nextOrder = 1;
    /** Orders that exist (created and not deleted): updates and deletes only touch these. */
    private final List<Long> live = new ArrayList<>();

    public OrderChanges(String table, long seed) {
        this.table = table;
        this.random = new Random(seed);
    }

    /**
     * A batch of {@code count} changes: about 60% puts of new orders, 30% updates and 10% deletes of earlier orders.
     * {@code versionMillis} becomes the column version of every cell, so the output is reproducible.
     */
    @Override
    public ChangeBatch next(int count, long versionMillis) {
        ChangeBatch batch = new ChangeBatch();
        for (int i = 0; i < count; i++) {
            int dice = random.nextInt(10);
            if (dice < 6 || live.size() < 10) {
                batch.add(newOrder(versionMillis));
            } else if (dice < 9) {
                batch.add(update(live.get(random.nextInt(live.size())), versionMillis));
            } else {
                long order = live.remove(random.nextInt(live.size()));
                batch.add(new RowDeleteChange(table, keyOf(order)));
            }
        }
        return batch;
    }

    private RowPutChange newOrder(long version) {
        long order = nextOrder++;
        live.add(order);
        RowPutChange put = new RowPutChange(table, keyOf(order));
        put.addColumn("customer", ColumnValue.fromString(CUSTOMERS[random.nextInt(CUSTOMERS.length)]), version);
        put.addColumn("amount", ColumnValue.fromDouble(Math.round(random.nextDouble() * 100_000) / 100.0), version);
        put.addColumn("quantity", ColumnValue.fromLong(1 + random.nextInt(5)), version);
        put.addColumn("status", ColumnValue.fromString(STATUSES[0]), version);
        put.addColumn("paid", ColumnValue.fromBoolean(false), version);
        if (random.nextInt(4) == 0) {
            put.addColumn("coupon", ColumnValue.fromString("SAVE" + (5 + random.nextInt(4) * 5) + ", \"spring\""), version);
        }
        return put;
    }

    private RowUpdateChange update(long order, long version) {
        RowUpdateChange update = new RowUpdateChange(table, keyOf(order));
        update.put("status", ColumnValue.fromString(STATUSES[1 + random.nextInt(STATUSES.length - 1)]), version);
        switch (random.nextInt(4)) {
            case 0 -> update.put("paid", ColumnValue.fromBoolean(true), version);
            case 1 -> update.deleteColumn("amount", version - 1);
            case 2 -> update.deleteColumns("coupon");
            default -> update.put("amount", ColumnValue.fromDouble(random.nextInt(1000) + 0.5), version);
        }
        return update;
    }

    private PrimaryKey keyOf(long order) {
        return OrdersTable.key(SHOPS[(int) (order % SHOPS.length)], order);
    }
}
