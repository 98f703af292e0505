package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.PutRowRequest;
import com.alicloud.openservices.tablestore.model.RowPutChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time-series tables ({@code isTimeseriesTable: true}): the stream found and parsed as upstream does, both layouts. */
class TimeseriesIT extends ReaderITBase {
    private static final AtomicInteger TABLES = new AtomicInteger();
    /** Data-point times (µs) are the writer's, unrelated to the stream time of the change. */
    private static final long POINT = 1_600_000_000_000_000L;

    private static String newTimeseriesTable(int shards) {
        String name = "ts" + TABLES.incrementAndGet();
        fixture.createTimeseriesTable(name, shards);
        return name;
    }

    private static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }

    private static JSONObject rowMode(String table, long start, long end, String columns) {
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), start, end);
        p.put("mode", "single_version_and_update_only");
        p.put("isTimeseriesTable", true);
        p.put("column", JSON.parseArray(columns));
        return p;
    }

    private static final String EVERY_COLUMN_KIND = "[{\"name\":\"_m_name\"},{\"name\":\"_data_source\"},{\"name\":\"_tags\"},"
            + "{\"name\":\"_time\"},{\"name\":\"region\",\"is_timeseries_tag\":\"true\"},{\"name\":\"az\",\"is_timeseries_tag\":true},"
            + "{\"name\":\"load\"},{\"name\":\"cores\"},{\"name\":\"up\"},{\"name\":\"host\"},{\"name\":\"blob\"},{\"name\":\"absent\"}]";

    @Test
    void rowModeExportsKeyColumnsTagsAndFieldsWithTheirOwnTypes() {
        String table = newTimeseriesTable(1);
        fixture.at(T + 1000);
        fixture.putPoint(table, "cpu", "host-1", tags("region", "hz", "az", "b"), POINT,
                "load", 0.5, "cores", 8L, "up", true, "host", "h1", "blob", new byte[] {1, 2, 3});
        fixture.at(T + 2000);
        fixture.putPoint(table, "cpu", "", tags(), POINT + 1, "load", 0.75);

        List<String> rows = jobs.run(rowMode(table, T, T + 10 * MIN, EVERY_COLUMN_KIND), 1).assertSucceeded().rows();

        assertEquals(Arrays.asList(
                "STRING:cpu|STRING:host-1|STRING:[\"az=b\",\"region=hz\"]|LONG:" + POINT
                        + "|STRING:hz|STRING:b|DOUBLE:0.5|LONG:8|BOOL:true|STRING:h1|BYTES:AQID|STRING:<null>",
                "STRING:cpu|STRING:|STRING:[]|LONG:" + (POINT + 1)
                        + "|STRING:<null>|STRING:<null>|DOUBLE:0.75|STRING:<null>|STRING:<null>|STRING:<null>|STRING:<null>|STRING:<null>"),
                rows);
    }

    @Test
    void recordsWithNoneOfTheColumnsAreSkippedAndSequenceInfoIsAppended() {
        String table = newTimeseriesTable(1);
        String shard = fixture.emulator.shardIds(table).get(0);
        fixture.at(T + 1000);
        fixture.putPoint(table, "cpu", "a", tags("region", "hz"), POINT, "load", 0.5);
        fixture.at(T + 2000);
        fixture.putPoint(table, "cpu", "b", tags(), POINT, "cores", 4L);
        JSONObject p = rowMode(table, T, T + 10 * MIN, "[{\"name\":\"region\",\"is_timeseries_tag\":true},{\"name\":\"load\"}]");
        p.put("isExportSequenceInfo", true);

        List<String> rows = jobs.run(p, 1).assertSucceeded().rows();

        assertEquals(1, rows.size());
        String micros = String.format("%020d", (T + 1000) * 1000);
        assertTrue(rows.get(0).matches("STRING:hz\\|DOUBLE:0\\.5\\|STRING:\\d{10}_" + micros + "_\\d{10}_"
                + java.util.regex.Pattern.quote(shard)), rows.get(0));
    }

    @Test
    void multiVersionModeExportsEachPointAsARowReplacementAndItsFieldPuts() {
        String table = newTimeseriesTable(1);
        fixture.at(T + 1000);
        fixture.putPoint(table, "cpu", "h", tags("k", "v"), POINT, "load", 0.5, "up", false);
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN);
        p.put("isTimeseriesTable", "true");

        List<String> rows = jobs.run(p, 1).assertSucceeded().rows();

        String key = "STRING:cpu|STRING:h|STRING:[\"k=v\"]|LONG:" + POINT;
        long version = POINT / 1000;
        assertEquals(Arrays.asList(
                key + "|STRING:<null>|STRING:<null>|STRING:<null>|STRING:DR",
                key + "|STRING:load|LONG:" + version + "|DOUBLE:0.5|STRING:U",
                key + "|STRING:up|LONG:" + version + "|BOOL:false|STRING:U"), rows);
    }

    /** Point i of series "s(i % 8)" at stream time T + i s, over 2 shards; the first shard splits at 10 s. */
    private static String tableWithSplit() {
        String table = newTimeseriesTable(2);
        for (int i = 0; i < 30; i++) {
            if (i == 10) {
                fixture.at(T + i * 1000L - 500);
                fixture.emulator.splitShard(table, fixture.emulator.shardIds(table).get(0));
            }
            fixture.at(T + i * 1000L);
            fixture.putPoint(table, "cpu", "s" + (i % 8), tags("n", String.valueOf(i % 3)), POINT + i, "v", (long) i);
        }
        return table;
    }

    private static List<String> expected(int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add("STRING:s" + (i % 8) + "|STRING:" + (i % 3) + "|LONG:" + (POINT + i) + "|LONG:" + i);
        }
        Collections.sort(rows);
        return rows;
    }

    private static final String SERIES_COLUMNS = "[{\"name\":\"_data_source\"},{\"name\":\"n\",\"is_timeseries_tag\":true},"
            + "{\"name\":\"_time\"},{\"name\":\"v\"}]";

    @Test
    void chainedWindowsAcrossASplitEqualOneWindowWithSeekAndConcurrentShards() {
        String table = tableWithSplit();
        List<String> rows = new ArrayList<>();
        rows.addAll(jobs.run(rowMode(table, T, T + 5_000L, SERIES_COLUMNS), 2).assertSucceeded().rows());
        rows.addAll(jobs.run(rowMode(table, T + 5_000L, T + 15_000L, SERIES_COLUMNS), 3).assertSucceeded().rows());
        JSONObject seeking = rowMode(table, T + 15_000L, T + MIN, SERIES_COLUMNS);
        seeking.put("enableSeekIterator", true);
        rows.addAll(jobs.run(seeking, 1).assertSucceeded().rows());

        assertEquals(expected(0, 30), WindowIT.sorted(rows));
        assertEquals(expected(0, 30), WindowIT.sorted(jobs.run(rowMode(table, T, T + MIN, SERIES_COLUMNS), 4).assertSucceeded().rows()));
    }

    @Test
    void theTimeseriesLookupsAreRetriedLikeEveryOtherCall() {
        String table = newTimeseriesTable(1);
        fixture.at(T + 1000);
        fixture.putPoint(table, "cpu", "h", tags(), POINT, "v", 1L);
        fixture.emulator.faults().failNext("DescribeTimeseriesTable", "OTSServerBusy", 2);
        fixture.emulator.faults().failNext("ListStream", "OTSPartitionUnavailable", 2);
        fixture.emulator.faults().failNext("DescribeStream", "OTSServerBusy", 2);
        try {
            assertEquals(Collections.singletonList("LONG:1"),
                    jobs.run(rowMode(table, T, T + 10 * MIN, "[{\"name\":\"v\"}]"), 1).assertSucceeded().rows());
        } finally {
            fixture.emulator.faults().clear();
        }
    }

    @Test
    void aMalformedTagsValueFailsNamingTheShardTheKeyAndTheValue() {
        String table = newTimeseriesTable(1);
        fixture.at(T + 1000);
        // Only a raw write to the hidden data table can store such a value.
        RowPutChange bad = new RowPutChange(table + "#timeseries", PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn("_#h", PrimaryKeyValue.fromString("0"))
                .addPrimaryKeyColumn("_m_name", PrimaryKeyValue.fromString("cpu"))
                .addPrimaryKeyColumn("_data_source", PrimaryKeyValue.fromString("h"))
                .addPrimaryKeyColumn("_tags", PrimaryKeyValue.fromString("region=hz"))
                .addPrimaryKeyColumn("_time", PrimaryKeyValue.fromLong(POINT))
                .build());
        bad.addColumn("load:d", ColumnValue.fromDouble(1.0));
        fixture.client.putRow(new PutRowRequest(bad));

        ReaderJob.Result result = jobs.run(rowMode(table, T, T + 10 * MIN, "[{\"name\":\"region\",\"is_timeseries_tag\":true}]"), 1);

        assertFalse(result.job.succeeded());
        String message = result.job.failureMessage();
        for (String fragment : new String[] {"_tags", fixture.emulator.shardIds(table).get(0), "_m_name:cpu", "region=hz"}) {
            assertTrue(message.contains(fragment), () -> "'" + message + "' lacks '" + fragment + "'");
        }
        assertFalse(result.job.log().contains(StreamFixture.ACCESS_KEY));
    }

    @Test
    void isTimeseriesTableOnAWideTableIsRejectedAsUpstreamWords() {
        String table = newTable(1);
        ReaderJob.Result result = jobs.run(rowMode(table, T, T + MIN, "[{\"name\":\"id\"}]"), 1);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("The data table is not exist: time-series table '" + table + "'"),
                result.job.failureMessage());
    }

    @Test
    void aTimeseriesTableReadAsAWideTableIsExplained() {
        String table = newTimeseriesTable(1);
        ReaderJob.Result result = jobs.run(ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + MIN), 1);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("It is a time-series table: set \"isTimeseriesTable\": true"),
                result.job.failureMessage());
    }

    @Test
    void tagColumnsWithoutIsTimeseriesTableNameTheKeys() {
        String table = newTimeseriesTable(1);
        JSONObject p = rowMode(table, T, T + MIN, "[{\"name\":\"region\",\"is_timeseries_tag\":true}]");
        p.remove("isTimeseriesTable");
        ReaderJob.Result result = jobs.run(p, 1);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("'column[0].is_timeseries_tag'"), result.job.failureMessage());
        assertTrue(result.job.failureMessage().contains("isTimeseriesTable"), result.job.failureMessage());
    }

    @Test
    void aBadIsTimeseriesTableValueIsNamed() {
        String table = newTimeseriesTable(1);
        JSONObject p = rowMode(table, T, T + MIN, "[{\"name\":\"_time\"}]");
        p.put("isTimeseriesTable", "yes");
        ReaderJob.Result result = jobs.run(p, 1);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("'isTimeseriesTable'") && result.job.failureMessage().contains("yes"), result.job.failureMessage());
    }
}
