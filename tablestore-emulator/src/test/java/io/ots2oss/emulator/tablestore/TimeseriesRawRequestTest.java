package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.Timeseries;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FieldValues;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FlatBufferRowGroup;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FlatBufferRowInGroup;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FlatBufferRows;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;
import com.google.flatbuffers.FlatBufferBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time-series wire as the service's other clients may send it: hand-built FlatBuffers and protobuf. */
class TimeseriesRawRequestTest extends EmulatorTestSupport {
    private SignedRawRequests raw;

    @BeforeEach
    void createTable() throws Exception {
        raw = new SignedRawRequests(emulator);
        Timeseries.CreateTimeseriesTableRequest create = Timeseries.CreateTimeseriesTableRequest.newBuilder()
                .setTableMeta(Timeseries.TimeseriesTableMeta.newBuilder().setTableName("cpu")).build();
        assertEquals(200, raw.post("CreateTimeseriesTable", create.toByteArray()).statusCode());
    }

    /** Two groups: "cpu" with a tags string and a long field, "mem" whose second row lacks its double value. */
    private static byte[] flatBuffer() {
        FlatBufferBuilder b = new FlatBufferBuilder();
        int cpuRow = row(b, "host-1", "[\"region=hz\"]", 1_000_000L,
                FieldValues.createFieldValues(b, FieldValues.createLongValuesVector(b, new long[] {7}), 0, 0, 0, 0));
        int cpu = group(b, "cpu", "cores", (byte) 1, cpuRow);
        int memOk = row(b, "", "", 2_000_000L,
                FieldValues.createFieldValues(b, 0, 0, FieldValues.createDoubleValuesVector(b, new double[] {0.25}), 0, 0));
        int memMissing = row(b, "", "", 3_000_000L, FieldValues.createFieldValues(b, 0, 0, 0, 0, 0));
        int mem = group(b, "mem", "used", (byte) 3, memOk, memMissing);
        int rows = FlatBufferRows.createFlatBufferRows(b, FlatBufferRows.createRowGroupsVector(b, new int[] {cpu, mem}));
        FlatBufferRows.finishFlatBufferRowsBuffer(b, rows);
        return b.sizedByteArray();
    }

    private static int row(FlatBufferBuilder b, String source, String tags, long time, int values) {
        return FlatBufferRowInGroup.createFlatBufferRowInGroup(b, b.createString(source), b.createString(tags), time, values, 0, 0);
    }

    private static int group(FlatBufferBuilder b, String measurement, String field, byte type, int... rows) {
        return FlatBufferRowGroup.createFlatBufferRowGroup(b, b.createString(measurement),
                FlatBufferRowGroup.createFieldNamesVector(b, new int[] {b.createString(field)}),
                FlatBufferRowGroup.createFieldTypesVector(b, new byte[] {type}),
                FlatBufferRowGroup.createRowsVector(b, rows));
    }

    private static byte[] put(byte[] flatBuffer, int crc) {
        return Timeseries.PutTimeseriesDataRequest.newBuilder().setTableName("cpu")
                .setRowsData(Timeseries.TimeseriesRows.newBuilder().setType(Timeseries.RowsSerializeType.RST_FLAT_BUFFER)
                        .setRowsData(ByteString.copyFrom(flatBuffer)).setFlatbufferCrc32C(crc))
                .build().toByteArray();
    }

    private static int crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private List<StreamRecord> records() {
        String streamId = client.listStream(new ListStreamRequest("cpu")).getStreams().get(0).getStreamId();
        String shardId = emulator.shardIds("cpu").get(0);
        GetStreamRecordRequest read = new GetStreamRecordRequest(
                client.getShardIterator(new GetShardIteratorRequest(streamId, shardId)).getShardIterator());
        read.setParseInTimeseriesDataFormat(true);
        return client.getStreamRecord(read).getRecords();
    }

    @Test
    void aFlatBufferWhoseCrcDoesNotMatchIsRejectedWhole() throws Exception {
        byte[] flatBuffer = flatBuffer();
        HttpResponse<byte[]> response = raw.post("PutTimeseriesData", put(flatBuffer, crc32c(flatBuffer) + 1));

        assertEquals(400, response.statusCode());
        assertEquals("OTSParameterInvalid", OtsInternalApi.Error.parseFrom(response.body()).getCode());
        assertTrue(records().isEmpty());
    }

    @Test
    void rowsAreStoredPerGroupAndARowLackingAValueIsReportedByItsIndex() throws Exception {
        byte[] flatBuffer = flatBuffer();
        HttpResponse<byte[]> response = raw.post("PutTimeseriesData", put(flatBuffer, crc32c(flatBuffer)));

        assertEquals(200, response.statusCode());
        Timeseries.PutTimeseriesDataResponse reply = Timeseries.PutTimeseriesDataResponse.parseFrom(response.body());
        assertEquals(1, reply.getFailedRowsCount());
        assertEquals(2, reply.getFailedRows(0).getRowIndex());
        List<StreamRecord> records = records();
        assertEquals(2, records.size());
        StreamRecord cpu = records.stream().filter(r -> r.getPrimaryKey().getPrimaryKeyColumn("_m_name").getValue().asString().equals("cpu"))
                .findFirst().orElseThrow();
        assertEquals("[\"region=hz\"]", cpu.getPrimaryKey().getPrimaryKeyColumn("_tags").getValue().asString());
        assertEquals(7, cpu.getColumns().get(0).getColumn().getValue().asLong());
    }

    @Test
    void describeStreamWithoutTheTimeseriesFieldIsRefusedAndWithItIsFlagged() throws Exception {
        String streamId = client.listStream(new ListStreamRequest("cpu")).getStreams().get(0).getStreamId();
        HttpResponse<byte[]> plain = raw.post("DescribeStream",
                OtsInternalApi.DescribeStreamRequest.newBuilder().setStreamId(streamId).build().toByteArray());
        assertEquals(400, plain.statusCode());
        assertEquals("Table [cpu] is a timeseries table, not support DescribeStream",
                OtsInternalApi.Error.parseFrom(plain.body()).getMessage());

        HttpResponse<byte[]> flagged = raw.post("DescribeStream", OtsInternalApi.DescribeStreamRequest.newBuilder()
                .setStreamId(streamId).setSupportTimeseriesDataTable(true).build().toByteArray());
        assertEquals(200, flagged.statusCode());
        OtsInternalApi.DescribeStreamResponse described = OtsInternalApi.DescribeStreamResponse.parseFrom(flagged.body());
        assertTrue(described.getIsTimeseriesDataTable());
        assertFalse(described.getShardsList().isEmpty());
    }

    @Test
    void describeTableOfTheTimeseriesNameIsNotFound() throws Exception {
        HttpResponse<byte[]> response = raw.post("DescribeTable",
                OtsInternalApi.DescribeTableRequest.newBuilder().setTableName("cpu").build().toByteArray());
        assertEquals(404, response.statusCode());
        assertEquals("OTSObjectNotExist", OtsInternalApi.Error.parseFrom(response.body()).getCode());
    }
}
