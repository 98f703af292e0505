package io.ots2oss.e2e;

import com.alibaba.fastjson2.JSON;
import com.alicloud.openservices.tablestore.TimeseriesClient;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.TimeseriesTableMeta;
import com.alicloud.openservices.tablestore.model.timeseries.CreateTimeseriesTableRequest;
import com.alicloud.openservices.tablestore.model.timeseries.PutTimeseriesDataRequest;
import com.alicloud.openservices.tablestore.model.timeseries.TimeseriesKey;
import com.alicloud.openservices.tablestore.model.timeseries.TimeseriesRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ots2oss.e2e.PairFixture.MINUTE;
import static io.ots2oss.e2e.PairFixture.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A time-series table's stream exported to CSV objects by the packaged pair, over two chained windows. */
class TimeseriesExportIT {
    private static final String TABLE = "cpu_metrics";
    /** Point times (µs) are the writer's own; stream times are the emulator clock's. */
    private static final long POINT = 1_700_000_000_000_000L;

    @TempDir
    static Path dir;
    static PairFixture pair;
    static Window first;
    static Window second;

    @BeforeAll
    static void seed() {
        pair = PairFixture.start(dir, 2);
        long base = PairFixture.baseAboutTwoHoursAgo();
        first = new Window(base, base + 10 * MINUTE);
        second = first.next(10 * MINUTE);
        TimeseriesClient client = pair.emulators.tablestoreClient().asTimeseriesClient();
        client.createTimeseriesTable(new CreateTimeseriesTableRequest(new TimeseriesTableMeta(TABLE)));
        for (int i = 0; i < 20; i++) {
            pair.emulators.tablestore().clock().freezeAt(base + i * MINUTE);
            TimeseriesRow row = new TimeseriesRow(new TimeseriesKey("cpu", "host-" + (i % 3),
                    i % 2 == 0 ? Map.of("region", "hz") : Map.of()), POINT + i);
            row.addField("load", ColumnValue.fromDouble(i / 4.0));
            row.addField("cores", ColumnValue.fromLong(8));
            PutTimeseriesDataRequest request = new PutTimeseriesDataRequest(TABLE);
            request.addRow(row);
            client.putTimeseriesData(request);
        }
        pair.emulators.tablestore().clock().useRealTime();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    private static String expectedLine(int i) {
        return "cpu,host-" + (i % 3) + "," + (i % 2 == 0 ? "\"[\"\"region=hz\"\"]\",hz," : "[],\\N,") + (POINT + i) + "," + (i / 4.0);
    }

    @Test
    void rowModeWithTagsExportsEachPointOnceOverChainedWindows() {
        PairJob job = PairJob.standard(pair.emulators, TABLE, PairFixture.BUCKET)
                .reader("mode", PairJob.ROW_MODE)
                .reader("isTimeseriesTable", true)
                .reader("column", JSON.parseArray("[{\"name\":\"_m_name\"},{\"name\":\"_data_source\"},{\"name\":\"_tags\"},"
                        + "{\"name\":\"region\",\"is_timeseries_tag\":true},{\"name\":\"_time\"},{\"name\":\"load\"}]"));
        List<String> lines = new ArrayList<>();
        pair.runOk(job, first.params("ts-1"));
        lines.addAll(pair.bucket.lines(job.objectPrefix("ts-1")));
        pair.runOk(job, second.params("ts-2"));
        lines.addAll(pair.bucket.lines(job.objectPrefix("ts-2")));

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(expectedLine(i));
        }
        assertEquals(sorted(expected), sorted(lines));
    }
}
