package io.ots2oss.tools.dataworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSONObject;

class DataWorksConverterTest {
    static String fixture(String name) {
        try (InputStream in = DataWorksConverterTest.class.getResourceAsStream("/dataworks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JSONObject job(Conversion c) {
        return c.job().getJSONObject("job");
    }

    private static JSONObject reader(Conversion c) {
        return job(c).getJSONArray("content").getJSONObject(0).getJSONObject("reader");
    }

    private static JSONObject writer(Conversion c) {
        return job(c).getJSONArray("content").getJSONObject(0).getJSONObject("writer");
    }

    private static boolean noted(Conversion c, String... fragments) {
        return c.notes().stream().anyMatch(n -> List.of(fragments).stream().allMatch(n::contains));
    }

    @Test
    void versionOneAnnotatedScriptMapsPluginNames() {
        Conversion c = DataWorksConverter.convert(fixture("v1-annotated.json"));
        assertEquals("otsstreamreader", reader(c).getString("name"));
        assertEquals("osswriter", writer(c).getString("name"));
        assertTrue(noted(c, "'otsstream' -> 'otsstreamreader'"), c.notes().toString());
    }

    @Test
    void annotationsAndTrailingCommasAreRemovedButHashesInsideStringsStay() {
        Conversion c = DataWorksConverter.convert(fixture("v1-annotated.json"));
        JSONObject w = writer(c).getJSONObject("parameter");
        assertEquals("#", w.getString("fieldDelimiter"));
        assertEquals("exports/orders/${date}/part", w.getString("object"));
        assertEquals(2, reader(c).getJSONObject("parameter").getJSONArray("column").size());
    }

    @Test
    void variablesAreKeptForDashP() {
        Conversion c = DataWorksConverter.convert(fixture("v1-annotated.json"));
        JSONObject r = reader(c).getJSONObject("parameter");
        assertEquals("${start_time}", r.getString("startTimestampMillis"));
        assertEquals("${end_time}", r.getString("endTimestampMillis"));
        assertEquals(Set.of("start_time", "end_time", "date"), c.variables());
    }

    @Test
    void errorLimitRecordBecomesANumber() {
        Conversion c = DataWorksConverter.convert(fixture("v1-annotated.json"));
        assertEquals(0L, job(c).getJSONObject("setting").getJSONObject("errorLimit").getLongValue("record"));
    }

    @Test
    void errorLimitPercentageIsKept() {
        Conversion c = DataWorksConverter.convert(fixture("v2-steps.json"));
        JSONObject limit = job(c).getJSONObject("setting").getJSONObject("errorLimit");
        assertEquals(5L, limit.getLongValue("record"));
        assertEquals(0.02, limit.getDoubleValue("percentage"), 1e-9);
    }

    @Test
    void concurrentBecomesChannels() {
        Conversion c = DataWorksConverter.convert(fixture("v1-annotated.json"));
        assertEquals(2, job(c).getJSONObject("setting").getJSONObject("speed").getIntValue("channel"));
    }

    @Test
    void mbpsBecomesAJobByteLimitWithThePerChannelLimitDataxRequires() {
        Conversion c = DataWorksConverter.convert(fixture("v1-annotated.json"));
        JSONObject speed = job(c).getJSONObject("setting").getJSONObject("speed");
        long perChannel = c.job().getJSONObject("core").getJSONObject("transport").getJSONObject("channel")
                .getJSONObject("speed").getLongValue("byte");
        assertEquals(524_288L, perChannel);
        assertEquals(2 * 524_288L, speed.getLongValue("byte"));
        assertEquals(2, speed.getLongValue("byte") / perChannel, "DataX derives the same 2 channels from byte / channel byte");
    }

    @Test
    void mbpsIsIgnoredWhenThrottleIsFalse() {
        String script = fixture("v2-steps.json").replace("\"throttle\": true", "\"throttle\": false");
        Conversion c = DataWorksConverter.convert(script);
        assertNull(job(c).getJSONObject("setting").getJSONObject("speed").get("byte"));
        assertNull(c.job().getJSONObject("core").get("transport"));
        assertTrue(noted(c, "Ignored 'setting.speed.mbps'", "throttle"), c.notes().toString());
    }

    @Test
    void writtenJobsLowerTheJobSleepInterval() {
        Conversion c = DataWorksConverter.convert(fixture("v2-steps.json"));
        assertEquals(DataWorksConverter.JOB_SLEEP_INTERVAL_MILLIS,
                c.job().getJSONObject("core").getJSONObject("container").getJSONObject("job").getIntValue("sleepInterval"));
    }

    @Test
    void versionTwoStepsArePickedByCategory() {
        Conversion c = DataWorksConverter.convert(fixture("v2-steps.json"));
        assertEquals("otsstreamreader", reader(c).getString("name"));
        assertEquals("osswriter", writer(c).getString("name"));
        assertEquals("orders", reader(c).getJSONObject("parameter").getString("table"), "the DataWorks alias is kept: the reader accepts it");
        assertEquals(4, job(c).getJSONObject("setting").getJSONObject("speed").getIntValue("channel"));
        assertEquals(4 * 524_288L, job(c).getJSONObject("setting").getJSONObject("speed").getLongValue("byte"));
        assertEquals(Set.of("startTime", "endTime"), c.variables());
    }

    @Test
    void dataWorksOnlyKeysAreDroppedWithANote() {
        Conversion c = DataWorksConverter.convert(fixture("v2-steps.json"));
        assertFalse(reader(c).getJSONObject("parameter").containsKey("useSpecialSecret"));
        for (String key : List.of("'type'", "'version'", "'order'", "'transform'", "'extend'", "'setting.speed.dmu'",
                "'useSpecialSecret'")) {
            assertTrue(noted(c, "Dropped", key), key + " in " + c.notes());
        }
        Conversion v1 = DataWorksConverter.convert(fixture("v1-annotated.json"));
        assertFalse(writer(v1).getJSONObject("parameter").containsKey("envType"));
        assertTrue(noted(v1, "Dropped", "'envType'"), v1.notes().toString());
    }

    @Test
    void dateBesideTheMillisPairIsDroppedBecauseTheReaderAcceptsOneTimeForm() {
        Conversion c = DataWorksConverter.convert(fixture("v1-annotated.json"));
        assertFalse(reader(c).getJSONObject("parameter").containsKey("date"));
        assertTrue(noted(c, "Dropped reader parameter 'date'"), c.notes().toString());
    }

    @Test
    void schedulingExpressionsAreRefusedShowingTheDashPToPass() {
        String script = fixture("v1-annotated.json").replace("\"${start_time}\"", "\"$[yyyymmddhh24miss-10/24/60]\"");
        ConversionException e = assertThrows(ConversionException.class, () -> DataWorksConverter.convert(script));
        assertTrue(e.getMessage().contains("'startTimestampMillis'"), e.getMessage());
        assertTrue(e.getMessage().contains("${start_time}"), e.getMessage());
        assertTrue(e.getMessage().contains("-p \"-Dstart_time="), e.getMessage());
    }

    @Test
    void processingStepsAreRefused() {
        String script = fixture("v2-steps.json").replace("\"steps\": [", "\"steps\": [{\"stepType\": \"json-extracting\", "
                + "\"name\": \"Extract\", \"category\": \"processor\", \"parameter\": {}},");
        ConversionException e = assertThrows(ConversionException.class, () -> DataWorksConverter.convert(script));
        assertTrue(e.getMessage().contains("json-extracting"), e.getMessage());
    }

    @Test
    void aDataxJobFileIsNotADataWorksScript() {
        String datax = "{\"job\":{\"content\":[{\"reader\":{\"name\":\"otsstreamreader\"}}]}}";
        assertFalse(DataWorksConverter.isDataWorksScript(datax));
        assertTrue(DataWorksConverter.isDataWorksScript(fixture("v2-steps.json")));
        assertThrows(ConversionException.class, () -> DataWorksConverter.convert(datax));
    }

    @Test
    void unknownShapesAndBadNumbersAreRefusedNamingTheKey() {
        assertTrue(assertThrows(ConversionException.class, () -> DataWorksConverter.convert("{\"foo\": 1}"))
                .getMessage().contains("foo"));
        String badSpeed = fixture("v2-steps.json").replace("\"concurrent\": 4", "\"concurrent\": \"four\"");
        assertTrue(assertThrows(ConversionException.class, () -> DataWorksConverter.convert(badSpeed))
                .getMessage().contains("setting.speed.concurrent"));
    }
}
