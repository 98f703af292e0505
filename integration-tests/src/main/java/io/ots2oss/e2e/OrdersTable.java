package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.CreateTableRequest;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.StreamSpecification;
import com.alicloud.openservices.tablestore.model.TableMeta;
import com.alicloud.openservices.tablestore.model.TableOptions;

import java.util.List;

/** The demo table every scenario uses: an order book keyed by (shop, order), with a stream. */
public final class OrdersTable {
    public static final String PK_SHOP = "shop_id";
    public static final String PK_ORDER = "order_id";
    public static final List<String> PRIMARY_KEYS = List.of(PK_SHOP, PK_ORDER);
    public static final List<String> ATTRIBUTES = List.of("customer", "amount", "quantity", "status", "paid", "coupon");
    /** Row-mode column list: the primary keys first, then every attribute. */
    public static final List<String> ROW_MODE_COLUMNS = List.of(PK_SHOP, PK_ORDER, "customer", "amount", "quantity", "status", "paid", "coupon");

    private static final int STREAM_RETENTION_HOURS = 168;

    private OrdersTable() {
    }

    /** Creates the table with a stream through the SDK, as a user would in the console. */
    public static void create(SyncClient client, String table) {
        TableMeta meta = new TableMeta(table);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema(PK_SHOP, PrimaryKeyType.STRING));
        meta.addPrimaryKeyColumn(new PrimaryKeySchema(PK_ORDER, PrimaryKeyType.INTEGER));
        CreateTableRequest request = new CreateTableRequest(meta, new TableOptions(-1, 3));
        request.setStreamSpecification(new StreamSpecification(true, STREAM_RETENTION_HOURS));
        client.createTable(request);
    }

    public static PrimaryKey key(String shop, long order) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn(PK_SHOP, PrimaryKeyValue.fromString(shop))
                .addPrimaryKeyColumn(PK_ORDER, PrimaryKeyValue.fromLong(order))
                .build();
    }
}
