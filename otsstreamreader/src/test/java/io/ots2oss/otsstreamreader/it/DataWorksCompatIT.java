package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.*;

/** DataWorks job files run unchanged: datasource names, the table alias, STS tokens, time strings. */
class DataWorksCompatIT extends ReaderITBase {

    private static void writeCatalog(boolean withToken) throws Exception {
        JSONObject ds = new JSONObject();
        ds.put("endpoint", fixture.emulator.endpoint());
        ds.put("accessId", StreamFixture.ACCESS_ID);
        ds.put("accessKey", StreamFixture.ACCESS_KEY);
        ds.put("instanceName", fixture.emulator.instanceName());
        if (withToken) {
            ds.put("securityToken", "Sts-Token-Value-Never-Logged");
        }
        JSONObject catalog = new JSONObject();
        catalog.put("my_ots", ds);
        Files.createDirectories(jobs.confDir());
        Files.write(jobs.confDir().resolve("datasources.json"), catalog.toJSONString().getBytes(StandardCharsets.UTF_8));
    }

    private static String tableWithOneChange() {
        String table = newTable(1);
        fixture.at(T + 1000);
        fixture.update(table, 1, "v", 1L);
        return table;
    }

    private static JSONObject dataWorksStyle(String table) {
        JSONObject p = new JSONObject();
        p.put("datasource", "my_ots");
        p.put("table", table);
        p.put("statusTable", "status_dw_" + table);
        p.put("startTimeString", new java.text.SimpleDateFormat("yyyyMMddHHmmss").format(new java.util.Date(T)));
        p.put("endTimeString", new java.text.SimpleDateFormat("yyyyMMddHHmm").format(new java.util.Date(T + 10 * MIN)));
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"v\",\"is_timeseries_tag\":false}]"));
        return p;
    }

    @Test
    void datasourceAndTableAliasReplaceTheConnectionKeys() throws Exception {
        writeCatalog(false);
        String table = tableWithOneChange();
        ReaderJob.Result result = jobs.run(dataWorksStyle(table), 1).assertSucceeded();
        assertEquals(java.util.Arrays.asList("LONG:1"), result.rows());
        assertFalse(result.job.log().contains(StreamFixture.ACCESS_KEY));
    }

    @Test
    void securityTokenIsSentButNeverLogged() throws Exception {
        writeCatalog(true);
        String table = tableWithOneChange();
        ReaderJob.Result result = jobs.run(dataWorksStyle(table), 1).assertSucceeded();
        assertEquals(1, result.rows().size());
        assertFalse(result.job.log().contains("Sts-Token-Value-Never-Logged"));
        assertFalse(result.job.log().contains(StreamFixture.ACCESS_KEY));
    }

    @Test
    void unknownDatasourceNamesTheCatalogPathsTried() throws Exception {
        writeCatalog(false);
        JSONObject p = dataWorksStyle("whatever");
        p.put("datasource", "not_there");
        ReaderJob.Result result = jobs.run(p, 1);
        assertFalse(result.job.succeeded());
        assertTrue(result.job.failureMessage().contains("not_there"), result.job.failureMessage());
        assertTrue(result.job.failureMessage().contains("datasources.json"), result.job.failureMessage());
    }

    @Test
    void taskReportsOneLinePerShardWithItsStopReason() throws Exception {
        writeCatalog(false);
        String table = tableWithOneChange();
        ReaderJob.Result result = jobs.run(dataWorksStyle(table), 1).assertSucceeded();
        assertTrue(result.job.log().matches("(?s).*shard \\S+: records sent 1, first stream time " + (T + 1000)
                + ", last stream time " + (T + 1000) + ", stopped: caught up.*"), "per-shard report line");
    }
}
