package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.CreateTableRequest;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.StreamSpecification;
import com.alicloud.openservices.tablestore.model.TableMeta;
import com.alicloud.openservices.tablestore.model.TableOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table the rebuild scenario replays: one version per cell (what row mode is for), a key of two types and an
 * attribute of each type CSV and Parquet both carry. Also the export's column list, with change fields mixed in.
 */
final class LedgerTable {
    static final String NAME = "ledger";
    static final String PK_SHOP = "shop_id";
    static final String PK_ORDER = "order_id";

    enum Type { STRING, LONG, DOUBLE, BOOLEAN }

    static final Map<String, Type> ATTRIBUTES = attributes();
    /** The reader's {@code column} list: change fields placed among the table's columns. */
    static final List<String> EXPORT_COLUMNS = List.of("@sequence", PK_SHOP, PK_ORDER, "@kind", "customer", "amount",
            "quantity", "paid", "note", "@time_ms", "@column_ops");

    private LedgerTable() {
    }

    private static Map<String, Type> attributes() {
        Map<String, Type> attributes = new LinkedHashMap<>();
        attributes.put("customer", Type.STRING);
        attributes.put("amount", Type.DOUBLE);
        attributes.put("quantity", Type.LONG);
        attributes.put("paid", Type.BOOLEAN);
        attributes.put("note", Type.STRING);
        return attributes;
    }

    static void create(SyncClient client) {
        TableMeta meta = new TableMeta(NAME);
        meta.addPrimaryKeyColumn(new PrimaryKeySchema(PK_SHOP, PrimaryKeyType.STRING));
        meta.addPrimaryKeyColumn(new PrimaryKeySchema(PK_ORDER, PrimaryKeyType.INTEGER));
        CreateTableRequest request = new CreateTableRequest(meta, new TableOptions(-1, 1));
        request.setStreamSpecification(new StreamSpecification(true, 168));
        client.createTable(request);
    }

    static PrimaryKey key(String shop, long order) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn(PK_SHOP, PrimaryKeyValue.fromString(shop))
                .addPrimaryKeyColumn(PK_ORDER, PrimaryKeyValue.fromLong(order))
                .build();
    }

    /** The type of an exported column: change fields included. */
    static Type typeOf(String exportColumn) {
        switch (exportColumn) {
            case PK_ORDER:
            case "@time_ms":
            case "@time_us":
                return Type.LONG;
            default:
                return ATTRIBUTES.getOrDefault(exportColumn, Type.STRING);
        }
    }

    static Object javaValue(ColumnValue value) {
        switch (value.getType()) {
            case STRING:
                return value.asString();
            case INTEGER:
                return value.asLong();
            case DOUBLE:
                return value.asDouble();
            case BOOLEAN:
                return value.asBoolean();
            default:
                throw new IllegalArgumentException("unexpected type " + value.getType());
        }
    }
}
