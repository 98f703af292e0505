package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.GetRangeRequest;
import com.alicloud.openservices.tablestore.model.GetRangeResponse;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RangeRowQueryCriteria;
import com.alicloud.openservices.tablestore.model.Row;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The source table as GetRange returns it now: key → column → newest value. */
final class TableContents {
    private TableContents() {
    }

    static Map<Object, Map<String, Object>> read(SyncClient client, String table) {
        Map<Object, Map<String, Object>> rows = new HashMap<>();
        PrimaryKey start = bound(PrimaryKeyValue.INF_MIN);
        while (start != null) {
            RangeRowQueryCriteria criteria = new RangeRowQueryCriteria(table);
            criteria.setInclusiveStartPrimaryKey(start);
            criteria.setExclusiveEndPrimaryKey(bound(PrimaryKeyValue.INF_MAX));
            criteria.setMaxVersions(1);
            GetRangeResponse response = client.getRange(new GetRangeRequest(criteria));
            for (Row row : response.getRows()) {
                Map<String, Object> cells = new TreeMap<>();
                for (Column column : row.getColumns()) {
                    cells.put(column.getName(), LedgerTable.javaValue(column.getValue()));
                }
                rows.put(List.of(row.getPrimaryKey().getPrimaryKeyColumn(LedgerTable.PK_SHOP).getValue().asString(),
                        row.getPrimaryKey().getPrimaryKeyColumn(LedgerTable.PK_ORDER).getValue().asLong()), cells);
            }
            start = response.getNextStartPrimaryKey();
        }
        return rows;
    }

    private static PrimaryKey bound(PrimaryKeyValue value) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn(LedgerTable.PK_SHOP, value)
                .addPrimaryKeyColumn(LedgerTable.PK_ORDER, value)
                .build();
    }
}
