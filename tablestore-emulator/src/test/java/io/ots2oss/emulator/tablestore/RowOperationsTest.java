package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.BatchGetRowRequest;
import com.alicloud.openservices.tablestore.model.BatchGetRowResponse;
import com.alicloud.openservices.tablestore.model.BatchWriteRowRequest;
import com.alicloud.openservices.tablestore.model.BatchWriteRowResponse;
import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.Condition;
import com.alicloud.openservices.tablestore.model.CreateTableRequest;
import com.alicloud.openservices.tablestore.model.DeleteRowRequest;
import com.alicloud.openservices.tablestore.model.Direction;
import com.alicloud.openservices.tablestore.model.GetRangeRequest;
import com.alicloud.openservices.tablestore.model.GetRangeResponse;
import com.alicloud.openservices.tablestore.model.GetRowRequest;
import com.alicloud.openservices.tablestore.model.MultiRowQueryCriteria;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.PutRowRequest;
import com.alicloud.openservices.tablestore.model.RangeRowQueryCriteria;
import com.alicloud.openservices.tablestore.model.ReservedThroughput;
import com.alicloud.openservices.tablestore.model.Row;
import com.alicloud.openservices.tablestore.model.RowDeleteChange;
import com.alicloud.openservices.tablestore.model.RowExistenceExpectation;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.RowUpdateChange;
import com.alicloud.openservices.tablestore.model.SingleRowQueryCriteria;
import com.alicloud.openservices.tablestore.model.TableMeta;
import com.alicloud.openservices.tablestore.model.TableOptions;
import com.alicloud.openservices.tablestore.model.UpdateRowRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowOperationsTest extends EmulatorTestSupport {

    private void put(String table, PrimaryKey pk, String column, ColumnValue value) {
        RowPutChange change = new RowPutChange(table, pk);
        change.addColumn(column, value);
        client.putRow(new PutRowRequest(change));
    }

    private Row get(String table, PrimaryKey pk, int maxVersions) {
        SingleRowQueryCriteria criteria = new SingleRowQueryCriteria(table, pk);
        criteria.setMaxVersions(maxVersions);
        return client.getRow(new GetRowRequest(criteria)).getRow();
    }

    @Test
    void putRowStoresEveryColumnTypeForGetRow() {
        createTable("t", false);
        RowPutChange change = new RowPutChange("t", key("a", 1));
        change.addColumn("s", ColumnValue.fromString("text"));
        change.addColumn("i", ColumnValue.fromLong(-7));
        change.addColumn("d", ColumnValue.fromDouble(2.5));
        change.addColumn("b", ColumnValue.fromBoolean(true));
        change.addColumn("bin", ColumnValue.fromBinary(new byte[] {1, 2, 3}));
        client.putRow(new PutRowRequest(change));

        Row row = get("t", key("a", 1), 1);
        assertEquals("text", row.getLatestColumn("s").getValue().asString());
        assertEquals(-7, row.getLatestColumn("i").getValue().asLong());
        assertEquals(2.5, row.getLatestColumn("d").getValue().asDouble());
        assertTrue(row.getLatestColumn("b").getValue().asBoolean());
        assertArrayEquals(new byte[] {1, 2, 3}, row.getLatestColumn("bin").getValue().asBinary());
    }

    @Test
    void missingRowReadsAsNull() {
        createTable("t", false);
        assertNull(get("t", key("none", 0), 1));
    }

    @Test
    void writeToMissingTableIsObjectNotExist() {
        TableStoreException e = assertThrows(TableStoreException.class,
                () -> put("missing", key("a", 1), "c", ColumnValue.fromLong(1)));
        assertEquals("OTSObjectNotExist", e.getErrorCode());
    }

    @Test
    void primaryKeyNotMatchingTheSchemaIsInvalidPk() {
        createTable("t", false);
        PrimaryKey wrong = PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("pk", PrimaryKeyValue.fromLong(1)).build();
        TableStoreException e = assertThrows(TableStoreException.class, () -> put("t", wrong, "c", ColumnValue.fromLong(1)));
        assertEquals("OTSInvalidPK", e.getErrorCode());
    }

    @Test
    void updateRowPutsAndDeletesVersionsAndColumns() {
        createTable("t", false);
        RowUpdateChange update = new RowUpdateChange("t", key("a", 1));
        update.put("keep", ColumnValue.fromLong(1), 1000);
        update.put("old", ColumnValue.fromLong(2), 1000);
        update.put("all", ColumnValue.fromLong(3));
        client.updateRow(new UpdateRowRequest(update));
        RowUpdateChange delete = new RowUpdateChange("t", key("a", 1));
        delete.deleteColumn("old", 1000);
        delete.deleteColumns("all");
        client.updateRow(new UpdateRowRequest(delete));

        Row row = get("t", key("a", 1), 1);
        assertEquals(1, row.getColumns().length);
        assertEquals(1000, row.getLatestColumn("keep").getTimestamp());
    }

    @Test
    void existenceConditionsAreChecked() {
        createTable("t", false);
        RowPutChange expectExist = new RowPutChange("t", key("a", 1));
        expectExist.addColumn("c", ColumnValue.fromLong(1));
        expectExist.setCondition(new Condition(RowExistenceExpectation.EXPECT_EXIST));
        TableStoreException e = assertThrows(TableStoreException.class, () -> client.putRow(new PutRowRequest(expectExist)));
        assertEquals("OTSConditionCheckFail", e.getErrorCode());
        assertEquals(403, e.getHttpStatus());

        put("t", key("a", 1), "c", ColumnValue.fromLong(1));
        RowDeleteChange expectAbsent = new RowDeleteChange("t", key("a", 1));
        expectAbsent.setCondition(new Condition(RowExistenceExpectation.EXPECT_NOT_EXIST));
        e = assertThrows(TableStoreException.class, () -> client.deleteRow(new DeleteRowRequest(expectAbsent)));
        assertEquals("OTSConditionCheckFail", e.getErrorCode());

        client.putRow(new PutRowRequest(expectExist));
        assertNotNull(get("t", key("a", 1), 1));
    }

    @Test
    void maxVersionsKeepsOnlyTheNewestVersions() {
        TableMeta meta = new TableMeta("versions");
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.INTEGER));
        client.createTable(new CreateTableRequest(meta, new TableOptions(-1, 2), new ReservedThroughput(0, 0)));
        PrimaryKey pk = PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("id", PrimaryKeyValue.fromLong(1)).build();
        for (long ts = 1000; ts <= 3000; ts += 1000) {
            RowUpdateChange update = new RowUpdateChange("versions", pk);
            update.put("c", ColumnValue.fromLong(ts), ts);
            client.updateRow(new UpdateRowRequest(update));
        }
        List<Column> versions = get("versions", pk, 10).getColumn("c");
        assertEquals(2, versions.size());
        assertEquals(3000, versions.get(0).getTimestamp());
        assertEquals(2000, versions.get(1).getTimestamp());
    }

    @Test
    void timeToLiveHidesExpiredData() {
        TableMeta meta = new TableMeta("ttl");
        meta.addPrimaryKeyColumn(new PrimaryKeySchema("id", PrimaryKeyType.BINARY));
        client.createTable(new CreateTableRequest(meta, new TableOptions(3600, 1), new ReservedThroughput(0, 0)));
        PrimaryKey pk = PrimaryKeyBuilder.createPrimaryKeyBuilder().addPrimaryKeyColumn("id", PrimaryKeyValue.fromBinary(new byte[] {9})).build();
        emulator.clock().setOffset(Duration.ofHours(-2));
        put("ttl", pk, "c", ColumnValue.fromLong(1));
        assertNotNull(get("ttl", pk, 1));

        emulator.clock().useRealTime();

        assertNull(get("ttl", pk, 1));
    }

    @Test
    void getRangePagesForwardAndBackward() {
        createTable("t", false);
        for (int i = 0; i < 10; i++) {
            put("t", key("k", i), "v", ColumnValue.fromLong(i));
        }
        RangeRowQueryCriteria forward = new RangeRowQueryCriteria("t");
        forward.setInclusiveStartPrimaryKey(key("k", 2));
        forward.setExclusiveEndPrimaryKey(PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("pk", PrimaryKeyValue.INF_MAX).addPrimaryKeyColumn("seq", PrimaryKeyValue.INF_MAX).build());
        forward.setMaxVersions(1);
        forward.setLimit(3);
        GetRangeResponse page = client.getRange(new GetRangeRequest(forward));
        assertEquals(3, page.getRows().size());
        assertEquals(2, page.getRows().get(0).getPrimaryKey().getPrimaryKeyColumn("seq").getValue().asLong());
        assertEquals(5, page.getNextStartPrimaryKey().getPrimaryKeyColumn("seq").getValue().asLong());

        RangeRowQueryCriteria backward = new RangeRowQueryCriteria("t");
        backward.setDirection(Direction.BACKWARD);
        backward.setInclusiveStartPrimaryKey(PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("pk", PrimaryKeyValue.INF_MAX).addPrimaryKeyColumn("seq", PrimaryKeyValue.INF_MAX).build());
        backward.setExclusiveEndPrimaryKey(PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("pk", PrimaryKeyValue.INF_MIN).addPrimaryKeyColumn("seq", PrimaryKeyValue.INF_MIN).build());
        backward.setMaxVersions(1);
        backward.setLimit(1);
        GetRangeResponse last = client.getRange(new GetRangeRequest(backward));
        assertEquals(9, last.getRows().get(0).getPrimaryKey().getPrimaryKeyColumn("seq").getValue().asLong());

        List<Row> all = new ArrayList<>();
        client.createRangeIterator(new com.alicloud.openservices.tablestore.model.RangeIteratorParameter(forward) {{
            setInclusiveStartPrimaryKey(key("k", 0));
            setExclusiveEndPrimaryKey(key("k", 100));
            setMaxVersions(1);
            setBufferSize(4);
        }}).forEachRemaining(all::add);
        assertEquals(10, all.size());
    }

    @Test
    void batchWriteReportsPerRowFailures() {
        createTable("t", false);
        put("t", key("exists", 1), "c", ColumnValue.fromLong(1));
        BatchWriteRowRequest batch = new BatchWriteRowRequest();
        RowPutChange fresh = new RowPutChange("t", key("fresh", 1));
        fresh.addColumn("c", ColumnValue.fromLong(2));
        batch.addRowChange(fresh);
        RowPutChange conflicting = new RowPutChange("t", key("exists", 1));
        conflicting.addColumn("c", ColumnValue.fromLong(3));
        conflicting.setCondition(new Condition(RowExistenceExpectation.EXPECT_NOT_EXIST));
        batch.addRowChange(conflicting);
        batch.addRowChange(new RowDeleteChange("t", key("exists", 2)));

        BatchWriteRowResponse response = client.batchWriteRow(batch);

        assertFalse(response.isAllSucceed());
        assertEquals(1, response.getFailedRows().size());
        assertEquals(1, response.getFailedRows().get(0).getIndex());
        assertEquals("OTSConditionCheckFail", response.getFailedRows().get(0).getError().getCode());
        assertEquals(2, get("t", key("fresh", 1), 1).getLatestColumn("c").getValue().asLong());
    }

    @Test
    void batchGetReturnsRowsInRequestOrder() {
        createTable("t", false);
        put("t", key("a", 1), "c", ColumnValue.fromLong(1));
        put("t", key("b", 1), "c", ColumnValue.fromLong(2));
        MultiRowQueryCriteria criteria = new MultiRowQueryCriteria("t");
        criteria.addRow(key("b", 1));
        criteria.addRow(key("missing", 1));
        criteria.addRow(key("a", 1));
        criteria.setMaxVersions(1);
        BatchGetRowRequest request = new BatchGetRowRequest();
        request.addMultiRowQueryCriteria(criteria);

        BatchGetRowResponse response = client.batchGetRow(request);

        assertTrue(response.isAllSucceed());
        List<BatchGetRowResponse.RowResult> rows = response.getSucceedRows();
        assertEquals(2, rows.get(0).getRow().getLatestColumn("c").getValue().asLong());
        assertNull(rows.get(1).getRow());
        assertEquals(1, rows.get(2).getRow().getLatestColumn("c").getValue().asLong());
    }
}
