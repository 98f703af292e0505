package io.ots2oss.emulator.tablestore;

import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.TimeseriesClient;
import com.alicloud.openservices.tablestore.model.ColumnType;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.DescribeStreamRequest;
import com.alicloud.openservices.tablestore.model.DescribeStreamResponse;
import com.alicloud.openservices.tablestore.model.DescribeTableRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.Stream;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import com.alicloud.openservices.tablestore.model.StreamShard;
import com.alicloud.openservices.tablestore.model.TimeseriesTableMeta;
import com.alicloud.openservices.tablestore.model.TimeseriesTableOptions;
import com.alicloud.openservices.tablestore.model.timeseries.CreateTimeseriesTableRequest;
import com.alicloud.openservices.tablestore.model.timeseries.DeleteTimeseriesTableRequest;
import com.alicloud.openservices.tablestore.model.timeseries.DescribeTimeseriesTableRequest;
import com.alicloud.openservices.tablestore.model.timeseries.GetTimeseriesDataRequest;
import com.alicloud.openservices.tablestore.model.timeseries.GetTimeseriesDataResponse;
import com.alicloud.openservices.tablestore.model.timeseries.PutTimeseriesDataRequest;
import com.alicloud.openservices.tablestore.model.timeseries.TimeseriesKey;
import com.alicloud.openservices.tablestore.model.timeseries.TimeseriesRow;
import com.alicloud.openservices.tablestore.model.timeseries.UpdateTimeseriesTableRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeseriesTableTest extends EmulatorTestSupport {
    private static final long T0 = 1_700_000_000_000_000L;
    private TimeseriesClient ts;

    @BeforeEach
    void timeseriesClient() {
        ts = client.asTimeseriesClient();
    }

    private void createTimeseriesTable(String name) {
        ts.createTimeseriesTable(new CreateTimeseriesTableRequest(new TimeseriesTableMeta(name)));
    }

    private static TimeseriesKey key(String measurement, String source, Map<String, String> tags) {
        return new TimeseriesKey(measurement, source, tags);
    }

    private static TimeseriesRow everyType(TimeseriesKey key, long timeMicros) {
        TimeseriesRow row = new TimeseriesRow(key, timeMicros);
        row.addField("load", ColumnValue.fromDouble(0.5));
        row.addField("cores", ColumnValue.fromLong(8));
        row.addField("up", ColumnValue.fromBoolean(true));
        row.addField("host", ColumnValue.fromString("h1"));
        row.addField("blob", ColumnValue.fromBinary(new byte[] {1, 2, 3}));
        return row;
    }

    private void put(String table, TimeseriesRow... rows) {
        PutTimeseriesDataRequest request = new PutTimeseriesDataRequest(table);
        for (TimeseriesRow row : rows) {
            request.addRow(row);
        }
        assertTrue(ts.putTimeseriesData(request).isAllSuccess());
    }

    private String streamId(String table) {
        List<Stream> streams = client.listStream(new ListStreamRequest(table)).getStreams();
        assertEquals(1, streams.size());
        return streams.get(0).getStreamId();
    }

    private DescribeStreamResponse describe(String streamId) {
        DescribeStreamRequest request = new DescribeStreamRequest(streamId);
        request.setSupportTimeseriesTable(true);
        return client.describeStream(request);
    }

    private List<StreamRecord> readAll(String streamId, boolean timeseriesFormat) {
        List<StreamRecord> records = new ArrayList<>();
        for (StreamShard shard : describe(streamId).getShards()) {
            String iterator = client.getShardIterator(new GetShardIteratorRequest(streamId, shard.getShardId())).getShardIterator();
            while (iterator != null) {
                GetStreamRecordRequest request = new GetStreamRecordRequest(iterator);
                request.setParseInTimeseriesDataFormat(timeseriesFormat);
                GetStreamRecordResponse response = client.getStreamRecord(request);
                records.addAll(response.getRecords());
                iterator = response.getRecords().isEmpty() ? null : response.getNextShardIterator();
            }
        }
        return records;
    }

    @Test
    void createdTableIsDescribedListedAndDeletedButHiddenFromListTable() {
        TimeseriesTableMeta meta = new TimeseriesTableMeta("cpu");
        meta.setTimeseriesTableOptions(new TimeseriesTableOptions(86400));
        ts.createTimeseriesTable(new CreateTimeseriesTableRequest(meta));

        TimeseriesTableMeta described = ts.describeTimeseriesTable(new DescribeTimeseriesTableRequest("cpu")).getTimeseriesTableMeta();
        assertEquals("cpu", described.getTimeseriesTableName());
        assertEquals(86400, described.getTimeseriesTableOptions().getTimeToLive());
        assertEquals(List.of("cpu"), ts.listTimeseriesTable().getTimeseriesTableMetas().stream()
                .map(TimeseriesTableMeta::getTimeseriesTableName).toList());
        assertTrue(client.listTable().getTableNames().isEmpty());
        assertEquals(5, client.describeTable(new DescribeTableRequest("cpu#timeseries")).getTableMeta().getPrimaryKeyList().size());

        ts.deleteTimeseriesTable(new DeleteTimeseriesTableRequest("cpu"));
        TableStoreException e = assertThrows(TableStoreException.class,
                () -> ts.describeTimeseriesTable(new DescribeTimeseriesTableRequest("cpu")));
        assertEquals("OTSObjectNotExist", e.getErrorCode());
        assertTrue(client.listStream(new ListStreamRequest()).getStreams().isEmpty());
    }

    @Test
    void anUpdatedTimeToLiveIsDescribedAndHidesOlderPoints() {
        createTimeseriesTable("cpu");
        TimeseriesKey key = key("cpu", "", Map.of());
        emulator.clock().freezeAt(T0 / 1000 + 7_200_000L);
        put("cpu", everyType(key, T0), everyType(key, T0 + 3_600_000_000L));

        ts.updateTimeseriesTable(new UpdateTimeseriesTableRequest("cpu", new TimeseriesTableOptions(5400)));

        assertEquals(5400, ts.describeTimeseriesTable(new DescribeTimeseriesTableRequest("cpu")).getTimeseriesTableMeta()
                .getTimeseriesTableOptions().getTimeToLive());
        GetTimeseriesDataRequest get = new GetTimeseriesDataRequest("cpu");
        get.setTimeseriesKey(key);
        get.setTimeRange(0, Long.MAX_VALUE);
        assertEquals(List.of(T0 + 3_600_000_000L), ts.getTimeseriesData(get).getRows().stream().map(TimeseriesRow::getTimeInUs).toList());
    }

    @Test
    void aNameIsTakenByEitherKindOfTable() {
        createTimeseriesTable("cpu");
        TableStoreException again = assertThrows(TableStoreException.class, () -> createTimeseriesTable("cpu"));
        assertEquals("OTSObjectAlreadyExist", again.getErrorCode());
        createTable("orders", false);
        assertEquals("OTSObjectAlreadyExist",
                assertThrows(TableStoreException.class, () -> createTimeseriesTable("orders")).getErrorCode());
        assertEquals("OTSObjectAlreadyExist", assertThrows(TableStoreException.class, () -> createTable("cpu", false)).getErrorCode());
    }

    @Test
    void pointsOfEveryFieldTypeComeBackFromGetTimeseriesData() {
        createTimeseriesTable("cpu");
        TimeseriesKey key = key("cpu", "host-1", Map.of("region", "hz", "az", "b"));
        put("cpu", everyType(key, T0), everyType(key, T0 + 1), everyType(key("cpu", "host-2", Map.of()), T0));

        GetTimeseriesDataRequest get = new GetTimeseriesDataRequest("cpu");
        get.setTimeseriesKey(key);
        get.setTimeRange(T0, T0 + 10);
        GetTimeseriesDataResponse response = ts.getTimeseriesData(get);

        assertEquals(2, response.getRows().size());
        TimeseriesRow row = response.getRows().get(0);
        assertEquals(T0, row.getTimeInUs());
        assertEquals("host-1", row.getTimeseriesKey().getDataSource());
        assertEquals(Map.of("az", "b", "region", "hz"), row.getTimeseriesKey().getTags());
        assertEquals(0.5, row.getFields().get("load").asDouble());
        assertEquals(8, row.getFields().get("cores").asLong());
        assertTrue(row.getFields().get("up").asBoolean());
        assertEquals("h1", row.getFields().get("host").asString());
        assertArrayEquals(new byte[] {1, 2, 3}, row.getFields().get("blob").asBinary());
        assertNull(response.getNextToken());
    }

    @Test
    void getTimeseriesDataPagesBackwardWithATokenAndSelectsFields() {
        createTimeseriesTable("cpu");
        TimeseriesKey key = key("cpu", "", Map.of());
        put("cpu", everyType(key, T0), everyType(key, T0 + 1), everyType(key, T0 + 2));

        GetTimeseriesDataRequest get = new GetTimeseriesDataRequest("cpu");
        get.setTimeseriesKey(key);
        get.setTimeRange(0, T0 + 100);
        get.setBackward(true);
        get.setLimit(2);
        get.addFieldToGet("cores", ColumnType.INTEGER);
        GetTimeseriesDataResponse first = ts.getTimeseriesData(get);
        assertEquals(List.of(T0 + 2, T0 + 1), first.getRows().stream().map(TimeseriesRow::getTimeInUs).toList());
        assertEquals(Map.of("cores", ColumnValue.fromLong(8)), first.getRows().get(0).getFields());
        assertNotNull(first.getNextToken());

        get.setNextToken(first.getNextToken());
        GetTimeseriesDataResponse second = ts.getTimeseriesData(get);
        assertEquals(List.of(T0), second.getRows().stream().map(TimeseriesRow::getTimeInUs).toList());
        assertNull(second.getNextToken());
    }

    @Test
    void theStreamIsListedUnderTheTableNameAndDescribedOnlyForClientsThatAskForTimeseries() {
        createTimeseriesTable("cpu");
        String streamId = streamId("cpu");
        assertEquals("cpu", client.listStream(new ListStreamRequest()).getStreams().get(0).getTableName());

        DescribeStreamResponse described = describe(streamId);
        assertTrue(described.isTimeseriesDataTable());
        assertEquals("cpu", described.getTableName());

        TableStoreException refused = assertThrows(TableStoreException.class,
                () -> client.describeStream(new DescribeStreamRequest(streamId)));
        assertEquals("Table [cpu] is a timeseries table, not support DescribeStream", refused.getMessage());
        assertEquals("OTSParameterInvalid", refused.getErrorCode());
    }

    @Test
    void aWideTableStreamDescribedWithTheFlagSaysItIsNotTimeseries() {
        createTable("orders", true);
        assertFalse(describe(streamId("orders")).isTimeseriesDataTable());
    }

    @Test
    void streamRecordsParseInTimeseriesFormatWithTheSdksOwnParser() {
        createTimeseriesTable("cpu");
        emulator.clock().freezeAt(1_700_000_100_000L);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("region", "hz");
        tags.put("az", "b");
        put("cpu", everyType(key("cpu", "host-1", tags), T0));

        StreamRecord record = readAll(streamId("cpu"), true).get(0);
        assertEquals(StreamRecord.RecordType.PUT, record.getRecordType());
        assertEquals(List.of("_m_name", "_data_source", "_tags", "_time"),
                Arrays.stream(record.getPrimaryKey().getPrimaryKeyColumns()).map(PrimaryKeyColumn::getName).toList());
        PrimaryKeyColumn[] pk = record.getPrimaryKey().getPrimaryKeyColumns();
        assertEquals("cpu", pk[0].getValue().asString());
        assertEquals("host-1", pk[1].getValue().asString());
        assertEquals("[\"az=b\",\"region=hz\"]", pk[2].getValue().asString());
        assertEquals(T0, pk[3].getValue().asLong());
        Map<String, ColumnValue> fields = new LinkedHashMap<>();
        for (RecordColumn column : record.getColumns()) {
            assertEquals(RecordColumn.ColumnType.PUT, column.getColumnType());
            assertEquals(T0 / 1000, column.getColumn().getTimestamp());
            fields.put(column.getColumn().getName(), column.getColumn().getValue());
        }
        assertEquals(Map.of("load", ColumnValue.fromDouble(0.5), "cores", ColumnValue.fromLong(8), "up", ColumnValue.fromBoolean(true),
                "host", ColumnValue.fromString("h1"), "blob", ColumnValue.fromBinary(new byte[] {1, 2, 3})), fields);
        assertEquals(1_700_000_100_000_000L, record.getSequenceInfo().getTimestamp());
    }

    @Test
    void withoutTimeseriesParsingTheRecordShowsTheStoredLayout() {
        createTimeseriesTable("cpu");
        put("cpu", everyType(key("cpu", "", Map.of()), T0));

        StreamRecord record = readAll(streamId("cpu"), false).get(0);
        assertEquals(List.of("_#h", "_m_name", "_data_source", "_tags", "_time"),
                Arrays.stream(record.getPrimaryKey().getPrimaryKeyColumns()).map(PrimaryKeyColumn::getName).toList());
        assertEquals("[]", record.getPrimaryKey().getPrimaryKeyColumn("_tags").getValue().asString());
        assertEquals(List.of("blob:n", "cores:i", "host:s", "load:d", "up:b"),
                record.getColumns().stream().map(c -> c.getColumn().getName()).sorted().toList());
    }

    @Test
    void splitsMergesAndTheClockWorkOnTimeseriesStreams() {
        emulator.shardCount("cpu", 2);
        createTimeseriesTable("cpu");
        String streamId = streamId("cpu");
        List<String> shards = emulator.shardIds("cpu");
        assertEquals(2, shards.size());
        for (int i = 0; i < 20; i++) {
            put("cpu", everyType(key("cpu", "host-" + i, Map.of()), T0 + i));
        }
        List<String> children = emulator.splitShard("cpu", shards.get(0));
        for (int i = 0; i < 20; i++) {
            put("cpu", everyType(key("cpu", "host-" + i, Map.of()), T0 + 100 + i));
        }
        emulator.mergeShards("cpu", children.get(0), children.get(1));

        assertEquals(5, describe(streamId).getShards().size());
        assertEquals(40, readAll(streamId, true).size());
        emulator.clock().advance(Duration.ofHours(169));
        assertEquals(0, readAll(streamId, true).size());
    }

    @Test
    void injectedFaultsApplyToTimeseriesActions() {
        createTimeseriesTable("cpu");
        emulator.faults().failNext("DescribeTimeseriesTable", "OTSServerBusy", 1);
        emulator.faults().failNext("PutTimeseriesData", "OTSParameterInvalid", 1);
        assertEquals("cpu", ts.describeTimeseriesTable(new DescribeTimeseriesTableRequest("cpu")).getTimeseriesTableMeta().getTimeseriesTableName());
        assertEquals(2, emulator.requestCount("DescribeTimeseriesTable"));
        PutTimeseriesDataRequest request = new PutTimeseriesDataRequest("cpu");
        request.addRow(everyType(key("cpu", "", Map.of()), T0));
        TableStoreException e = assertThrows(TableStoreException.class, () -> ts.putTimeseriesData(request));
        assertEquals("OTSParameterInvalid", e.getErrorCode());
    }
}
