package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.alicloud.openservices.tablestore.model.*;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Both output layouts and every operation type, against hand-written expected rows. */
class OutputLayoutIT extends ReaderITBase {

    /** PutRow, UpdateRow (put / delete one version / delete all versions), DeleteRow, one second apart. */
    private static String tableWithEveryOperation() {
        String table = newTable(1);
        fixture.at(T + 1000);
        fixture.put(table, 1, "s", "x", "n", 5L);
        fixture.at(T + 2000);
        RowUpdateChange update = new RowUpdateChange(table, StreamFixture.pk(1));
        update.put("d", ColumnValue.fromDouble(0.5), 1234L);
        update.deleteColumn("n", 999L);
        update.deleteColumns("s");
        fixture.client.updateRow(new UpdateRowRequest(update));
        fixture.at(T + 3000);
        fixture.deleteRow(table, 1);
        fixture.at(T + 4000);
        fixture.put(table, 2, "b", true, "y", new byte[] {1, 2});
        return table;
    }

    @Test
    void multiVersionModeEmitsOneRowPerCellChangeWithOpTypes() {
        String table = tableWithEveryOperation();
        List<String> rows = jobs.run(ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN), 1)
                .assertSucceeded().rows();
        long put1 = T + 1000;
        long put2 = T + 4000;
        assertEquals(Arrays.asList(
                "LONG:1|STRING:<null>|STRING:<null>|STRING:<null>|STRING:DR",
                "LONG:1|STRING:s|LONG:" + put1 + "|STRING:x|STRING:U",
                "LONG:1|STRING:n|LONG:" + put1 + "|LONG:5|STRING:U",
                "LONG:1|STRING:d|LONG:1234|DOUBLE:0.5|STRING:U",
                "LONG:1|STRING:n|LONG:999|STRING:<null>|STRING:DO",
                "LONG:1|STRING:s|STRING:<null>|STRING:<null>|STRING:DA",
                "LONG:1|STRING:<null>|STRING:<null>|STRING:<null>|STRING:DR",
                "LONG:2|STRING:<null>|STRING:<null>|STRING:<null>|STRING:DR",
                "LONG:2|STRING:b|LONG:" + put2 + "|BOOL:true|STRING:U",
                "LONG:2|STRING:y|LONG:" + put2 + "|BYTES:AQI=|STRING:U"), rows);
    }

    @Test
    void sequenceInfoIsAppendedAsUpstreamFormatsIt() {
        String table = newTable(1);
        String shard = fixture.emulator.shardIds(table).get(0);
        fixture.at(T + 1000);
        fixture.put(table, 1, "s", "x");
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN);
        p.put("isExportSequenceInfo", true);
        List<String> rows = jobs.run(p, 1).assertSucceeded().rows();
        assertEquals(2, rows.size());
        String micros = String.format("%020d", (T + 1000) * 1000);
        assertTrue(rows.get(0).matches(".*\\|STRING:\\d{10}_" + micros + "_\\d{10}_" + java.util.regex.Pattern.quote(shard) + ":0000000000"), rows.get(0));
        assertTrue(rows.get(1).endsWith(":0000000001"), rows.get(1));
    }

    @Test
    void rowModeEmitsConfiguredColumnsAndSkipsDeletes() {
        String table = tableWithEveryOperation();
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN);
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"id\"},{\"name\":\"s\"},{\"name\":\"d\"},{\"name\":\"b\",\"is_timeseries_tag\":false}]"));
        List<String> rows = jobs.run(p, 1).assertSucceeded().rows();
        assertEquals(Arrays.asList(
                "LONG:1|STRING:x|STRING:<null>|STRING:<null>",
                "LONG:1|STRING:<null>|DOUBLE:0.5|STRING:<null>",
                "LONG:2|STRING:<null>|STRING:<null>|BOOL:true"), rows);
    }

    @Test
    void rowModeSkipsRecordsWithNoneOfTheColumns() {
        String table = tableWithEveryOperation();
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN);
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"b\"}]"));
        assertEquals(Arrays.asList("BOOL:true"), jobs.run(p, 1).assertSucceeded().rows());
    }

    @Test
    void rowModeWithChangeFieldsExportsDeletesAndWhatEachChangeDidToEachColumn() {
        String table = tableWithEveryOperation();
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN);
        p.put("mode", "single_version_and_update_only");
        p.put("exportDeletes", true);
        p.put("column", JSON.parseArray("[{\"name\":\"@kind\"},{\"name\":\"id\"},{\"name\":\"s\"},{\"name\":\"n\"},"
                + "{\"name\":\"d\"},{\"name\":\"@time_ms\"},{\"name\":\"@column_ops\"}]"));
        List<String> rows = jobs.run(p, 1).assertSucceeded().rows();
        assertEquals(Arrays.asList(
                "STRING:put|LONG:1|STRING:x|LONG:5|STRING:<null>|LONG:" + (T + 1000) + "|STRING:MKSSDMM",
                "STRING:update|LONG:1|STRING:<null>|STRING:<null>|DOUBLE:0.5|LONG:" + (T + 2000) + "|STRING:MKDVSMM",
                "STRING:delete|LONG:1|STRING:<null>|STRING:<null>|STRING:<null>|LONG:" + (T + 3000) + "|STRING:MKDDDMM",
                "STRING:put|LONG:2|STRING:<null>|STRING:<null>|STRING:<null>|LONG:" + (T + 4000) + "|STRING:MKDDDMM"), rows);
    }

    @Test
    void rowModeJobThatCannotNameTheRowsItDeletesIsRefusedBeforeTheStatusTableIsTouched() {
        String table = tableWithEveryOperation();
        JSONObject p = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN);
        p.put("mode", "single_version_and_update_only");
        p.put("exportDeletes", true);
        p.put("column", JSON.parseArray("[{\"name\":\"@kind\"},{\"name\":\"s\"}]"));
        ReaderJob.Result result = jobs.run(p, 1);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("'column'") && result.job.failureMessage().contains("[id]"),
                result.job.failureMessage());
        assertFalse(fixture.client.listTable().getTableNames().contains(p.getString("statusTable")), "status table created");
    }

    @Test
    void theSdkDecoderExportsExactlyWhatTheLeanDecoderExportsInBothModes() {
        String table = tableWithEveryOperation();
        JSONObject multiVersion = ReaderJob.window(ReaderJob.parameters(fixture, table), T, T + 10 * MIN);
        multiVersion.put("isExportSequenceInfo", true);
        JSONObject rowMode = multiVersion.clone();
        rowMode.put("mode", "single_version_and_update_only");
        rowMode.put("column", JSON.parseArray("[{\"name\":\"id\"},{\"name\":\"s\"},{\"name\":\"n\"},{\"name\":\"d\"},"
                + "{\"name\":\"b\"},{\"name\":\"y\"},{\"name\":\"@kind\"},{\"name\":\"@column_ops\"}]"));
        rowMode.put("exportDeletes", true);
        for (JSONObject lean : Arrays.asList(multiVersion, rowMode)) {
            JSONObject sdk = lean.clone();
            sdk.put("decoder", "sdk");
            List<String> leanRows = jobs.run(lean, 1).assertSucceeded().rows();
            assertTrue(leanRows.size() >= 4, leanRows.toString());
            assertEquals(leanRows, jobs.run(sdk, 1).assertSucceeded().rows());
        }
    }
}
