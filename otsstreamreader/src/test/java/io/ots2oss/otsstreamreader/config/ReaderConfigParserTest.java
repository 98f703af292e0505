package io.ots2oss.otsstreamreader.config;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.util.Configuration;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

class ReaderConfigParserTest {
    private static final long START = 1_700_000_000_000L;
    private static final long END = START + 3_600_000L;

    private final Map<String, Map<String, String>> catalog = new HashMap<>();
    private final Properties properties = new Properties();

    private JSONObject base() {
        JSONObject p = new JSONObject();
        p.put("endpoint", "http://127.0.0.1:8080");
        p.put("accessId", "id");
        p.put("accessKey", "sekret-value");
        p.put("instanceName", "inst");
        p.put("dataTable", "orders");
        p.put("statusTable", "status");
        p.put("startTimestampMillis", START);
        p.put("endTimestampMillis", END);
        return p;
    }

    private ReaderConfig parse(JSONObject p) {
        DatasourceLookup lookup = name -> {
            Map<String, String> keys = catalog.get(name);
            if (keys == null) {
                throw DataXException.asDataXException("datasource '" + name + "' not found in catalog /x/datasources.json");
            }
            return keys;
        };
        return new ReaderConfigParser(lookup, properties).parse(Configuration.from(JSON.toJSONString(p)));
    }

    private DataXException rejects(JSONObject p, String... fragments) {
        DataXException e = assertThrows(DataXException.class, () -> parse(p));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        }
        return e;
    }

    @Test
    void minimalJobGetsUpstreamDefaults() {
        ReaderConfig c = parse(base());
        assertEquals(Mode.MULTI_VERSION, c.mode());
        assertEquals(30, c.maxRetries());
        assertEquals(32, c.threadNum());
        assertFalse(c.exportSequenceInfo());
        assertFalse(c.enableSeekIterator());
        assertFalse(c.enableTableGroupSupport());
        assertFalse(c.confSimplifyEnable());
        assertEquals(START, c.window().startMillis());
        assertEquals(END, c.window().endMillis());
        assertEquals(10 * 60_000L, c.beforeOffsetMillis());
        assertEquals(5 * 60_000L, c.afterOffsetMillis());
        assertEquals(ZoneId.systemDefault(), c.timeZone());
    }

    @Test
    void toStringNeverShowsTheSecrets() {
        JSONObject p = base();
        p.put("securityToken", "token-value");
        String text = parse(p).toString();
        assertFalse(text.contains("sekret-value"));
        assertFalse(text.contains("token-value"));
    }

    @Test
    void eachRequiredKeyIsNamedWhenMissing() {
        for (String key : new String[] {"endpoint", "accessId", "accessKey", "instanceName", "dataTable", "statusTable"}) {
            JSONObject p = base();
            p.remove(key);
            rejects(p, "'" + key + "'");
        }
    }

    @Test
    void blankAccessKeyIsRejectedWithoutEchoingIt() {
        JSONObject p = base();
        p.put("accessKey", 12345);
        DataXException e = rejects(p, "'accessKey'");
        assertFalse(e.getMessage().contains("12345"));
    }

    @Test
    void endpointWithPathIsRejected() {
        JSONObject p = base();
        p.put("endpoint", "http://host:1/ots");
        rejects(p, "'endpoint'", "http://host:1/ots");
    }

    @Test
    void endpointPortOutOfRangeIsRejectedAtStart() {
        JSONObject p = base();
        p.put("endpoint", "http://127.0.0.1:99999");
        rejects(p, "'endpoint'", "http://127.0.0.1:99999", "outside 1-65535");
    }

    @Test
    void endpointWithoutHostIsRejectedAtStart() {
        JSONObject p = base();
        p.put("endpoint", "http://");
        rejects(p, "'endpoint'", "[http://]", "the host is missing");
    }

    @Test
    void tableIsAnAliasOfDataTable() {
        JSONObject p = base();
        p.remove("dataTable");
        p.put("table", "orders2");
        assertEquals("orders2", parse(p).dataTable());
    }

    @Test
    void conflictingTableAndDataTableAreRejected() {
        JSONObject p = base();
        p.put("table", "other");
        rejects(p, "'dataTable'", "'table'");
    }

    @Test
    void datasourceFillsConnectionKeysAndExplicitKeysWin() {
        Map<String, String> ds = new HashMap<>();
        ds.put("endpoint", "http://ds-host:1");
        ds.put("accessId", "ds-id");
        ds.put("accessKey", "ds-key");
        ds.put("instanceName", "dsinst");
        ds.put("securityToken", "ds-token");
        catalog.put("my_ots", ds);
        JSONObject p = base();
        p.remove("endpoint");
        p.remove("accessKey");
        p.remove("instanceName");
        p.put("datasource", "my_ots");
        ReaderConfig c = parse(p);
        assertEquals("http://ds-host:1", c.connection().endpoint());
        assertEquals("id", c.connection().accessId());
        assertEquals("ds-key", c.connection().accessKey().reveal());
        assertEquals("ds-token", c.connection().securityToken().reveal());
        assertEquals("dsinst", c.connection().instanceName());
    }

    @Test
    void unknownDatasourceIsAnError() {
        JSONObject p = base();
        p.put("datasource", "nope");
        rejects(p, "nope");
    }

    @Test
    void noTimeFormIsAnError() {
        JSONObject p = base();
        p.remove("startTimestampMillis");
        p.remove("endTimestampMillis");
        rejects(p, "Must set date or time range millis or time range string");
    }

    @Test
    void twoTimeFormsAreAnError() {
        JSONObject p = base();
        p.put("date", "20240101");
        rejects(p, "only one of");
    }

    @Test
    void halfAMillisPairNamesTheMissingKey() {
        JSONObject p = base();
        p.remove("endTimestampMillis");
        rejects(p, "'endTimestampMillis'");
    }

    @Test
    void nonNumericMillisNamesTheKey() {
        JSONObject p = base();
        p.put("startTimestampMillis", "yesterday");
        rejects(p, "'startTimestampMillis'", "yesterday");
    }

    @Test
    void startMustBeBeforeEnd() {
        JSONObject p = base();
        p.put("endTimestampMillis", START);
        rejects(p, "EndTimestamp must be larger than startTimestamp");
    }

    @Test
    void fourteenAndTwelveDigitTimeStringsUseTheTimeZone() {
        JSONObject p = base();
        p.remove("startTimestampMillis");
        p.remove("endTimestampMillis");
        p.put("startTimeString", "20240102030405");
        p.put("endTimeString", 202401020400L);
        p.put("timeZone", "Asia/Shanghai");
        ReaderConfig c = parse(p);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5).atZone(zone).toInstant().toEpochMilli(), c.window().startMillis());
        assertEquals(LocalDateTime.of(2024, 1, 2, 4, 0).atZone(zone).toInstant().toEpochMilli(), c.window().endMillis());
    }

    @Test
    void fourteenDigitMillisAreReadAsTimesInTheTimeZoneWithAWarningNamingTheKey() {
        JSONObject p = base();
        p.put("startTimestampMillis", "20240102030000");
        p.put("endTimestampMillis", 20240102030500L);
        p.put("timeZone", "Asia/Shanghai");
        ReaderConfig c = parse(p);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 0).atZone(zone).toInstant().toEpochMilli(), c.window().startMillis());
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 5).atZone(zone).toInstant().toEpochMilli(), c.window().endMillis());
        assertEquals(2, c.warnings().size());
        assertTrue(c.warnings().get(0).contains("'startTimestampMillis'") && c.warnings().get(0).contains("20240102030000")
                && c.warnings().get(0).contains("Asia/Shanghai"), c.warnings().get(0));
        assertTrue(c.warnings().get(1).contains("'endTimestampMillis'"), c.warnings().get(1));
    }

    @Test
    void realMillisGiveNoWarning() {
        assertTrue(parse(base()).warnings().isEmpty());
    }

    @Test
    void fourteenDigitMillisThatAreNoValidTimeAreRefused() {
        JSONObject p = base();
        p.put("startTimestampMillis", "20241340030000");
        rejects(p, "'startTimestampMillis'", "20241340030000", "yyyyMMddHHmmss");
    }

    @Test
    void otherNonMillisValuesInTheMillisKeysAreStillRefused() {
        for (String bad : new String[] {"2024-01-02 03:00:00", "2024010203000a", "1.7E12", "-20240102030000"}) {
            JSONObject p = base();
            p.put("startTimestampMillis", bad);
            rejects(p, "'startTimestampMillis'", "epoch milliseconds");
        }
    }

    @Test
    void badTimeStringNamesTheKey() {
        JSONObject p = base();
        p.remove("startTimestampMillis");
        p.remove("endTimestampMillis");
        p.put("startTimeString", "20241302030405");
        p.put("endTimeString", "20240102040000");
        rejects(p, "'startTimeString'", "20241302030405");
    }

    @Test
    void dateIsOneDayInTheTimeZone() {
        JSONObject p = base();
        p.remove("startTimestampMillis");
        p.remove("endTimestampMillis");
        p.put("date", "20240229");
        p.put("timeZone", "UTC");
        ReaderConfig c = parse(p);
        assertEquals(1709164800000L, c.window().startMillis());
        assertEquals(1709164800000L + 86_400_000L, c.window().endMillis());
    }

    @Test
    void badDateNamesTheKey() {
        JSONObject p = base();
        p.remove("startTimestampMillis");
        p.remove("endTimestampMillis");
        p.put("date", "2024-01-01");
        rejects(p, "'date'");
    }

    @Test
    void badTimeZoneNamesTheKey() {
        JSONObject p = base();
        p.put("timeZone", "Mars/Base");
        rejects(p, "'timeZone'", "Mars/Base");
    }

    @Test
    void theLeanDecoderIsTheDefaultAndTheSdksParsingCanBeChosen() {
        assertEquals(Decoder.LEAN, parse(base()).decoder());
        JSONObject p = base();
        p.put("decoder", "SDK");
        assertEquals(Decoder.SDK, parse(p).decoder());
    }

    @Test
    void unknownDecoderNamesTheKeyAndTheChoices() {
        JSONObject p = base();
        p.put("decoder", "fast");
        rejects(p, "'decoder'", "fast", "\"lean\"", "\"sdk\"");
    }

    @Test
    void unsupportedModeNamesTheKey() {
        JSONObject p = base();
        p.put("mode", "latest");
        rejects(p, "'mode'", "latest");
    }

    @Test
    void rowModeIsCaseInsensitiveAndReadsColumnsInOrder() {
        JSONObject p = base();
        p.put("mode", "Single_Version_And_Update_Only");
        p.put("column", JSON.parseArray("[{\"name\":\"b\"},{\"name\":\"a\",\"is_timeseries_tag\":\"false\"},{\"name\":\"c\",\"is_timeseries_tag\":false}]"));
        ReaderConfig c = parse(p);
        assertEquals(Mode.SINGLE_VERSION_AND_UPDATE_ONLY, c.mode());
        assertEquals("b", c.columns().get(0).name());
        assertEquals("a", c.columns().get(1).name());
        assertEquals("c", c.columns().get(2).name());
    }

    @Test
    void rowModeWithoutColumnIsAnError() {
        JSONObject p = base();
        p.put("mode", "single_version_and_update_only");
        rejects(p, "'column'");
    }

    @Test
    void columnItemThatIsNotAnObjectNamesItsIndex() {
        JSONObject p = base();
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"a\"},\"b\"]"));
        rejects(p, "'column[1]'");
    }

    @Test
    void badTagFlagNamesTheKey() {
        JSONObject p = base();
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"a\",\"is_timeseries_tag\":\"maybe\"}]"));
        rejects(p, "'column[0].is_timeseries_tag'", "maybe");
    }

    @Test
    void timeseriesFlagsAreReadAsBooleansOrStrings() {
        JSONObject p = base();
        p.put("mode", "single_version_and_update_only");
        p.put("isTimeseriesTable", "TRUE");
        p.put("column", JSON.parseArray("[{\"name\":\"_time\"},{\"name\":\"a\",\"is_timeseries_tag\":\"true\"},"
                + "{\"name\":\"b\",\"is_timeseries_tag\":true}]"));
        ReaderConfig c = parse(p);
        assertTrue(c.timeseriesTable());
        assertFalse(c.columns().get(0).timeseriesTag());
        assertTrue(c.columns().get(1).timeseriesTag());
        assertTrue(c.columns().get(2).timeseriesTag());
        p.put("isTimeseriesTable", false);
        assertFalse(parse(base()).timeseriesTable());
    }

    @Test
    void aTagColumnWithoutIsTimeseriesTableNamesBothKeys() {
        JSONObject p = base();
        p.put("mode", "single_version_and_update_only");
        p.put("column", JSON.parseArray("[{\"name\":\"a\",\"is_timeseries_tag\":true}]"));
        rejects(p, "'column[0].is_timeseries_tag'", "isTimeseriesTable");
    }

    @Test
    void aBadIsTimeseriesTableValueIsNamed() {
        JSONObject p = base();
        p.put("isTimeseriesTable", "yes");
        rejects(p, "'isTimeseriesTable'", "yes");
    }

    @Test
    void columnIsIgnoredInMultiVersionMode() {
        JSONObject p = base();
        p.put("column", JSON.parseArray("[\"whatever\"]"));
        assertTrue(parse(p).columns().isEmpty());
    }

    @Test
    void numericKeysAreValidated() {
        JSONObject p = base();
        p.put("maxRetries", -1);
        rejects(p, "'maxRetries'", "-1");
        p = base();
        p.put("threadNum", 0);
        rejects(p, "'threadNum'", "0");
        p = base();
        p.put("threadNum", "8");
        assertEquals(8, parse(p).threadNum());
    }

    @Test
    void booleanKeysAreValidated() {
        for (String key : new String[] {"isExportSequenceInfo", "enableSeekIterator", "enableTableGroupSupport", "confSimplifyEnable"}) {
            JSONObject p = base();
            p.put(key, "yes");
            rejects(p, "'" + key + "'", "yes");
            p.put(key, "TRUE");
            parse(p);
        }
    }

    @Test
    void blankOptionalKeysCountAsUnset() {
        JSONObject p = base();
        p.put("date", "");
        p.put("mode", " ");
        p.put("securityToken", "");
        ReaderConfig c = parse(p);
        assertEquals(Mode.MULTI_VERSION, c.mode());
        assertNull(c.connection().securityToken());
    }

    @Test
    void marginsFollowTheUpstreamJvmProperties() {
        properties.setProperty("BEFORE_OFFSET_TIME_MILLIS", "0");
        properties.setProperty("AFTER_OFFSET_TIME_MILLIS", "1000");
        ReaderConfig c = parse(base());
        assertEquals(0, c.beforeOffsetMillis());
        assertEquals(1000, c.afterOffsetMillis());
        properties.setProperty("AFTER_OFFSET_TIME_MILLIS", "soon");
        rejects(base(), "AFTER_OFFSET_TIME_MILLIS", "soon");
    }

    private JSONObject rowMode(String... names) {
        JSONObject p = base();
        p.put("mode", "single_version_and_update_only");
        com.alibaba.fastjson2.JSONArray list = new com.alibaba.fastjson2.JSONArray();
        for (String name : names) {
            JSONObject item = new JSONObject();
            item.put("name", name);
            list.add(item);
        }
        p.put("column", list);
        return p;
    }

    @Test
    void changeFieldsAreReadWhereListed() {
        ReaderConfig c = parse(rowMode("id", "@kind", "@time_ms", "@time_us", "@sequence", "@column_ops"));
        assertNull(c.columns().get(0).changeField());
        assertEquals(ChangeField.KIND, c.columns().get(1).changeField());
        assertEquals(ChangeField.TIME_MS, c.columns().get(2).changeField());
        assertEquals(ChangeField.TIME_US, c.columns().get(3).changeField());
        assertEquals(ChangeField.SEQUENCE, c.columns().get(4).changeField());
        assertEquals(ChangeField.COLUMN_OPS, c.columns().get(5).changeField());
        assertFalse(c.exportDeletes());
    }

    @Test
    void unknownNameStartingWithTheChangeMarkIsRefusedNamingTheKnownOnes() {
        rejects(rowMode("id", "@op"), "'column[1].name'", "[@op]", "@kind, @time_ms, @time_us, @sequence, @column_ops");
    }

    @Test
    void nameStartingWithTheDataxVariableMarkIsRefusedPointingToTheChangeFields() {
        rejects(rowMode("id", "$kind"), "'column[1].name'", "[$kind]", "-Dkind", "@kind");
    }

    @Test
    void changeFieldNamesAreCaseSensitive() {
        rejects(rowMode("id", "@KIND"), "'column[1].name'", "@KIND");
    }

    @Test
    void changeFieldMarkedAsTagIsRefused() {
        JSONObject p = rowMode("id");
        p.put("column", JSON.parseArray("[{\"name\":\"@kind\",\"is_timeseries_tag\":\"true\"}]"));
        rejects(p, "'column[0].is_timeseries_tag'");
    }

    @Test
    void exportDeletesNeedsTheKindOfChangeListed() {
        JSONObject p = rowMode("id", "name");
        p.put("exportDeletes", true);
        rejects(p, "'exportDeletes'", "@kind");
        p = rowMode("id", "name", "@kind");
        p.put("exportDeletes", "true");
        assertTrue(parse(p).exportDeletes());
    }

    @Test
    void exportDeletesIsRefusedInMultiVersionMode() {
        JSONObject p = base();
        p.put("exportDeletes", true);
        rejects(p, "'exportDeletes'", "multi-version");
        p.put("exportDeletes", false);
        assertFalse(parse(p).exportDeletes());
    }

    @Test
    void exportDeletesMustBeABoolean() {
        JSONObject p = rowMode("id", "@kind");
        p.put("exportDeletes", "sometimes");
        rejects(p, "'exportDeletes'", "sometimes");
    }

    @Test
    void changeFieldInMultiVersionModeIsRefusedRatherThanIgnored() {
        JSONObject p = rowMode("id", "@kind");
        p.remove("mode");
        rejects(p, "'column[1].name'", "@kind", "single_version_and_update_only");
    }

    @Test
    void exportDeletesNeedsEveryPrimaryKeyColumnListed() {
        JSONObject p = rowMode("@kind", "id", "a");
        p.put("exportDeletes", true);
        ReaderConfig c = parse(p);
        DataXException e = assertThrows(DataXException.class, () -> PrimaryKeyCoverage.check(c, java.util.Arrays.asList("id", "part")));
        assertTrue(e.getMessage().contains("'column'") && e.getMessage().contains("[part]") && e.getMessage().contains("exportDeletes"), e.getMessage());
        PrimaryKeyCoverage.check(c, java.util.Arrays.asList("id"));
    }

    @Test
    void columnOpsNeedEveryPrimaryKeyColumnListed() {
        ReaderConfig c = parse(rowMode("a", "@column_ops"));
        DataXException e = assertThrows(DataXException.class, () -> PrimaryKeyCoverage.check(c, java.util.Arrays.asList("id")));
        assertTrue(e.getMessage().contains("@column_ops"), e.getMessage());
    }

    @Test
    void plainRowModeNeedsNoPrimaryKeyListed() {
        PrimaryKeyCoverage.check(parse(rowMode("a", "@kind", "@time_ms")), java.util.Arrays.asList("id"));
    }

    @Test
    void changeFieldOnATimeseriesTableIsRefusedRatherThanIgnored() {
        JSONObject p = rowMode("_m_name", "@kind");
        p.put("isTimeseriesTable", true);
        rejects(p, "'column[1].name'", "@kind", "time-series");
    }

    @Test
    void exportDeletesOnATimeseriesTableIsRefused() {
        JSONObject p = rowMode("_m_name");
        p.put("isTimeseriesTable", true);
        p.put("exportDeletes", true);
        rejects(p, "'exportDeletes'", "isTimeseriesTable");
    }
}
