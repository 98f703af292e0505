package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferBuilder;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.DescribeTableRequest;
import com.alicloud.openservices.tablestore.model.GetRowRequest;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.Row;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import com.alicloud.openservices.tablestore.model.RowUpdateChange;
import com.alicloud.openservices.tablestore.model.SingleRowQueryCriteria;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;
import com.aliyun.ots.thirdparty.com.google.protobuf.UnknownFieldSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-built, hand-signed requests shaped as the Node.js SDK sends them: PlainBuffer rows with zero padding
 * after the checksum, DescribeTable read with the older protocol definitions, and the table definitions the
 * service refuses.
 */
class ForeignClientProtocolTest extends EmulatorTestSupport {
    private SignedRawRequests raw;

    @BeforeEach
    void createOrders() {
        raw = new SignedRawRequests(emulator);
        createTable("orders", true);
    }

    @Test
    void putRowWithCellTimestampsAndZeroPaddingAfterTheChecksumIsAccepted() throws Exception {
        RowPutChange put = new RowPutChange("orders", key("a", 1));
        put.addColumn("price", ColumnValue.fromLong(42), 1_700_000_000_000L);
        byte[] row = padded(PlainBufferBuilder.buildRowPutChangeWithHeader(put), 17);
        HttpResponse<byte[]> reply = raw.post("PutRow", OtsInternalApi.PutRowRequest.newBuilder()
                .setTableName("orders").setRow(ByteString.copyFrom(row)).setCondition(ignore()).build().toByteArray());
        assertEquals(200, reply.statusCode(), errorOf(reply));
        assertEquals(42, read(key("a", 1)).getLatestColumn("price").getValue().asLong());
    }

    @Test
    void updateRowWithOneVersionDeleteIncrementAndPaddingIsAccepted() throws Exception {
        RowPutChange put = new RowPutChange("orders", key("b", 1));
        put.addColumn("n", ColumnValue.fromLong(1), 1_000L);
        put.addColumn("gone", ColumnValue.fromString("x"), 2_000L);
        client.putRow(new com.alicloud.openservices.tablestore.model.PutRowRequest(put));
        RowUpdateChange update = new RowUpdateChange("orders", key("b", 1));
        update.deleteColumn("gone", 2_000L);
        update.increment(new com.alicloud.openservices.tablestore.model.Column("n", ColumnValue.fromLong(5)));
        byte[] row = padded(PlainBufferBuilder.buildRowUpdateChangeWithHeader(update), 9);
        HttpResponse<byte[]> reply = raw.post("UpdateRow", OtsInternalApi.UpdateRowRequest.newBuilder()
                .setTableName("orders").setRowChange(ByteString.copyFrom(row)).setCondition(ignore()).build().toByteArray());
        assertEquals(200, reply.statusCode(), errorOf(reply));
        Row after = read(key("b", 1));
        assertEquals(6, after.getLatestColumn("n").getValue().asLong());
        assertTrue(after.getColumn("gone").isEmpty());
    }

    @Test
    void getRangeWithPaddedInfiniteBoundsIsAccepted() throws Exception {
        client.putRow(new com.alicloud.openservices.tablestore.model.PutRowRequest(new RowPutChange("orders", key("c", 1))
                .addColumn("v", ColumnValue.fromLong(1))));
        PrimaryKey min = PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("pk", PrimaryKeyValue.INF_MIN).addPrimaryKeyColumn("seq", PrimaryKeyValue.INF_MIN).build();
        PrimaryKey max = PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("pk", PrimaryKeyValue.INF_MAX).addPrimaryKeyColumn("seq", PrimaryKeyValue.INF_MAX).build();
        HttpResponse<byte[]> reply = raw.post("GetRange", OtsInternalApi.GetRangeRequest.newBuilder()
                .setTableName("orders").setDirection(OtsInternalApi.Direction.FORWARD).setMaxVersions(1)
                .setInclusiveStartPrimaryKey(ByteString.copyFrom(padded(PlainBufferBuilder.buildPrimaryKeyWithHeader(min), 4)))
                .setExclusiveEndPrimaryKey(ByteString.copyFrom(padded(PlainBufferBuilder.buildPrimaryKeyWithHeader(max), 4)))
                .build().toByteArray());
        assertEquals(200, reply.statusCode(), errorOf(reply));
        assertTrue(OtsInternalApi.GetRangeResponse.parseFrom(reply.body()).getRows().size() > 0);
    }

    @Test
    void aNonZeroByteAfterTheChecksumIsStillRefused() throws Exception {
        byte[] row = PlainBufferBuilder.buildRowPutChangeWithHeader(
                new RowPutChange("orders", key("d", 1)).addColumn("v", ColumnValue.fromLong(1)));
        byte[] trailing = Arrays.copyOf(row, row.length + 3);
        trailing[trailing.length - 1] = 7;
        HttpResponse<byte[]> reply = raw.post("PutRow", OtsInternalApi.PutRowRequest.newBuilder()
                .setTableName("orders").setRow(ByteString.copyFrom(trailing)).setCondition(ignore()).build().toByteArray());
        assertEquals(400, reply.statusCode());
        assertEquals("OTSParameterInvalid", OtsInternalApi.Error.parseFrom(reply.body()).getCode());
    }

    @Test
    void describeTableCarriesTableStatusActiveAsTheOlderDefinitionsRequire() throws Exception {
        HttpResponse<byte[]> reply = raw.post("DescribeTable",
                OtsInternalApi.DescribeTableRequest.newBuilder().setTableName("orders").build().toByteArray());
        assertEquals(200, reply.statusCode(), errorOf(reply));
        UnknownFieldSet.Field tableStatus = UnknownFieldSet.parseFrom(reply.body()).getField(4);
        assertEquals(List.of(1L), tableStatus.getVarintList(), "table_status = 4, ACTIVE = 1");
        assertEquals("orders", client.describeTable(new DescribeTableRequest("orders")).getTableMeta().getTableName());
    }

    @Test
    void createTableWithANameTheServiceRefusesFailsWithOtsParameterInvalid() throws Exception {
        HttpResponse<byte[]> reply = raw.post("CreateTable", createTableRequest("bad name!", null).toByteArray());
        assertEquals(400, reply.statusCode());
        OtsInternalApi.Error error = OtsInternalApi.Error.parseFrom(reply.body());
        assertEquals("OTSParameterInvalid", error.getCode());
        assertEquals("Invalid table name: 'bad name!'.", error.getMessage());
        assertEquals(400, raw.post("CreateTable", createTableRequest("1starts_with_digit", null).toByteArray()).statusCode());
        assertEquals(400, raw.post("CreateTable", createTableRequest("x".repeat(256), null).toByteArray()).statusCode());
        assertEquals(200, raw.post("CreateTable", createTableRequest("_ok_" + "x".repeat(251), null).toByteArray()).statusCode());
    }

    @Test
    void streamRetentionAboveSevenDaysIsRefusedOnCreateAndUpdate() throws Exception {
        HttpResponse<byte[]> create = raw.post("CreateTable", createTableRequest("week_plus", 169).toByteArray());
        assertEquals(400, create.statusCode());
        assertEquals("OTSParameterInvalid", OtsInternalApi.Error.parseFrom(create.body()).getCode());
        assertEquals(200, raw.post("CreateTable", createTableRequest("week", 168).toByteArray()).statusCode());

        HttpResponse<byte[]> update = raw.post("UpdateTable", OtsInternalApi.UpdateTableRequest.newBuilder()
                .setTableName("orders").setStreamSpec(stream(169)).build().toByteArray());
        assertEquals(400, update.statusCode());
        OtsInternalApi.Error error = OtsInternalApi.Error.parseFrom(update.body());
        assertEquals("OTSParameterInvalid", error.getCode());
        assertTrue(error.getMessage().contains("169"), error.getMessage());
        assertEquals(24, client.describeTable(new DescribeTableRequest("orders")).getStreamDetails().getExpirationTime(),
                "a refused update changes nothing");
    }

    private static OtsInternalApi.CreateTableRequest createTableRequest(String name, Integer streamHours) {
        OtsInternalApi.CreateTableRequest.Builder request = OtsInternalApi.CreateTableRequest.newBuilder()
                .setTableMeta(OtsInternalApi.TableMeta.newBuilder().setTableName(name)
                        .addPrimaryKey(OtsInternalApi.PrimaryKeySchema.newBuilder().setName("pk").setType(OtsInternalApi.PrimaryKeyType.STRING)))
                .setReservedThroughput(OtsInternalApi.ReservedThroughput.newBuilder()
                        .setCapacityUnit(OtsInternalApi.CapacityUnit.newBuilder().setRead(0).setWrite(0)))
                .setTableOptions(OtsInternalApi.TableOptions.newBuilder().setTimeToLive(-1).setMaxVersions(1));
        if (streamHours != null) {
            request.setStreamSpec(stream(streamHours));
        }
        return request.build();
    }

    private static OtsInternalApi.StreamSpecification stream(int hours) {
        return OtsInternalApi.StreamSpecification.newBuilder().setEnableStream(true).setExpirationTime(hours).build();
    }

    /** The buffer followed by {@code zeros} zero bytes, as the Node.js SDK's over-sized buffers leave it. */
    private static byte[] padded(byte[] buffer, int zeros) {
        return Arrays.copyOf(buffer, buffer.length + zeros);
    }

    private static OtsInternalApi.Condition ignore() {
        return OtsInternalApi.Condition.newBuilder().setRowExistence(OtsInternalApi.RowExistenceExpectation.IGNORE).build();
    }

    private Row read(PrimaryKey key) {
        SingleRowQueryCriteria criteria = new SingleRowQueryCriteria("orders", key);
        criteria.setMaxVersions(1);
        return client.getRow(new GetRowRequest(criteria)).getRow();
    }

    private static String errorOf(HttpResponse<byte[]> reply) {
        try {
            return reply.statusCode() == 200 ? "" : OtsInternalApi.Error.parseFrom(reply.body()).toString();
        } catch (Exception e) {
            return "unparseable error body";
        }
    }
}
