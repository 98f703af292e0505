package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.apache.orc.CompressionKind;
import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.osswriter.support.OrcRows;
import io.ots2oss.testkit.JobResult;

/** ORC through the packaged plugin in DataX's class-loader layout, read back with the ORC library's reader. */
class OrcIT extends WriterJobTestBase {
    private static final long AT = 1_700_000_000_123L;
    private static final String COLUMNS = "[{\"name\":\"t\",\"type\":\"TINYINT\"},{\"name\":\"s\",\"type\":\"SMALLINT\"},"
            + "{\"name\":\"i\",\"type\":\"INT\"},{\"name\":\"b\",\"type\":\"BIGINT\"},{\"name\":\"f\",\"type\":\"FLOAT\"},"
            + "{\"name\":\"d\",\"type\":\"DOUBLE\"},{\"name\":\"ts\",\"type\":\"TIMESTAMP\"},{\"name\":\"dt\",\"type\":\"DATE\"},"
            + "{\"name\":\"str\",\"type\":\"STRING\"},{\"name\":\"vc\",\"type\":\"VARCHAR\"},{\"name\":\"ch\",\"type\":\"CHAR\"},"
            + "{\"name\":\"ok\",\"type\":\"BOOLEAN\"},{\"name\":\"dec\",\"type\":\"DECIMAL(20,4)\"},{\"name\":\"bin\",\"type\":\"BINARY\"}]";

    private static String cell(String type, Object value) {
        return "{\"type\":\"" + type + "\",\"value\":" + (value == null ? "null" : "\"" + value + "\"") + "}";
    }

    private static JSONObject typedRows() {
        String full = "[" + String.join(",", cell("LONG", -5), cell("LONG", 300), cell("STRING", "70000"), cell("LONG", 1L << 40),
                cell("DOUBLE", 1.5), cell("DOUBLE", 2.25), cell("DATE", AT), cell("DATE", AT), cell("STRING", "名前"),
                cell("STRING", "v"), cell("STRING", "c"), cell("BOOL", true), cell("STRING", "-1234567890123.45678"),
                cell("BYTES", "AQL/")) + "]";
        String nulls = "[" + String.join(",", cell("LONG", null), cell("LONG", null), cell("STRING", null), cell("LONG", null),
                cell("DOUBLE", null), cell("DOUBLE", null), cell("DATE", null), cell("DATE", null), cell("STRING", null),
                cell("STRING", null), cell("STRING", null), cell("BOOL", null), cell("STRING", null), cell("BYTES", null)) + "]";
        return WriterJobFixture.rows("[" + full + "," + nulls + "]");
    }

    private JSONObject orcWriter(String prefix, String compress) {
        JSONObject writer = fixture.writer();
        writer.put("object", prefix);
        writer.put("fileFormat", "orc");
        writer.put("compress", compress);
        writer.put("column", JSON.parseArray(COLUMNS));
        return writer;
    }

    @Test
    void everyTypeAndCodecReadsBackWithTheOrcReader() throws Exception {
        for (String codec : new String[] {"none", "snappy", "zlib", "zstd", "lz4"}) {
            JobResult result = fixture.run(typedRows(), orcWriter("orc/" + codec, codec), 1);
            assertTrue(result.succeeded(), result.failureMessage());
            List<String> keys = fixture.keys("orc/" + codec);
            assertEquals(1, keys.size());
            assertTrue(keys.get(0).matches("orc/" + codec + "__[0-9a-f]{32}\\.orc"), keys.get(0));
            OrcRows read = OrcRows.read(fixture.bytes(keys.get(0)));
            assertEquals(CompressionKind.valueOf(codec.toUpperCase()), read.reader().getCompressionKind());
            assertEquals(2, read.rows().size());
            Object[] row = read.rows().get(0);
            assertEquals(-5L, row[0]);
            assertEquals(300L, row[1]);
            assertEquals(70000L, row[2]);
            assertEquals(1L << 40, row[3]);
            assertEquals(1.5, row[4]);
            assertEquals(2.25, row[5]);
            assertEquals(AT, ((Timestamp) row[6]).getTime());
            assertEquals(LocalDate.ofInstant(new Date(AT).toInstant(), ZoneId.systemDefault()).toEpochDay(), row[7]);
            assertEquals("名前", row[8]);
            assertEquals("v", row[9]);
            assertEquals("c", row[10]);
            assertEquals(1L, row[11]);
            assertEquals(new BigDecimal("-1234567890123.4568"), row[12]);
            assertArrayEquals(new byte[] {1, 2, -1}, (byte[]) row[13]);
            for (Object value : read.rows().get(1)) {
                assertNull(value);
            }
        }
    }

    @Test
    void recordThatDoesNotConvertIsDirtyAndTheRestIsWritten() throws Exception {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "orc");
        writer.put("column", JSON.parseArray("[{\"name\":\"id\",\"type\":\"TINYINT\"},{\"name\":\"at\",\"type\":\"DATE\"}]"));
        JSONObject reader = WriterJobFixture.rows("[[" + cell("LONG", 1) + "," + cell("DATE", AT) + "],[" + cell("LONG", 128) + ","
                + cell("DATE", AT) + "],[" + cell("LONG", 2) + "," + cell("STRING", "not a date") + "],[" + cell("LONG", 3) + ","
                + cell("DATE", AT) + "]]");
        JobResult result = fixture.run(reader, writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(2, result.dirtyRecords());
        OrcRows read = OrcRows.read(fixture.bytes(fixture.keys("out/").get(0)));
        assertEquals(2, read.rows().size());
        assertEquals(3L, read.rows().get(1)[0]);
    }

    private static JSONObject randomText(long count, int slices) {
        return JSON.parseObject("{\"count\":" + count + ",\"sliceCount\":" + slices + ",\"columns\":["
                + "{\"type\":\"LONG\",\"generator\":\"sequence\"},{\"type\":\"STRING\",\"generator\":\"random\",\"length\":100}]}");
    }

    private static JSONObject idAndText(JSONObject writer) {
        writer.put("fileFormat", "orc");
        writer.put("compress", "zstd");
        writer.put("column", JSON.parseArray("[{\"name\":\"id\",\"type\":\"BIGINT\"},{\"name\":\"text\",\"type\":\"STRING\"}]"));
        writer.put("blockSizeInMB", 1);
        writer.put("maxFileSize", 1);
        return writer;
    }

    @Test
    void objectsRollByMaxFileSizeAndEachIsAWholeOrcFile() throws Exception {
        JobResult result = fixture.run(randomText(60_000, 2), idAndText(fixture.writer()), 2);
        assertTrue(result.succeeded(), result.failureMessage());
        List<String> keys = fixture.keys("out/");
        assertTrue(keys.size() >= 4, keys.toString());
        long rows = 0;
        for (String key : keys) {
            assertTrue(key.endsWith(".orc"), key);
            rows += OrcRows.read(fixture.bytes(key)).rows().size();
        }
        assertEquals(120_000, rows);
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    @Test
    void taskFailingAfterRollingLeavesNoObjectAndNoUpload() {
        JSONObject reader = randomText(100_000, 1);
        reader.put("failAfterRecords", 40_000);
        JobResult result = fixture.run(reader, idAndText(fixture.writer()), 1);
        assertFalse(result.succeeded());
        assertTrue(fixture.oss().requestCount(Operation.COMPLETE_MULTIPART_UPLOAD) + fixture.oss().requestCount(Operation.PUT_OBJECT) >= 2,
                "objects were completed before the failure");
        assertEquals(List.of(), fixture.keys(""));
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    @Test
    void truncateReplacesEarlierOrcObjects() throws Exception {
        JSONObject writer = orcWriter("out/data", "snappy");
        assertTrue(fixture.run(typedRows(), writer, 1).succeeded());
        assertTrue(fixture.run(typedRows(), writer, 1).succeeded());
        assertEquals(1, fixture.keys("out/").size());
        writer.put("writeMode", "nonConflict");
        JobResult conflict = fixture.run(typedRows(), writer, 1);
        assertFalse(conflict.succeeded());
        assertTrue(conflict.failureMessage().contains("nonConflict"), conflict.failureMessage());
    }

    @Test
    void badOrcKeysFailTheJobNamingTheKey() {
        JSONObject badCompress = orcWriter("out/data", "gzip");
        JobResult result = fixture.run(typedRows(), badCompress, 1);
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("compress") && result.failureMessage().contains("gzip"), result.failureMessage());
        JSONObject badType = fixture.writer();
        badType.put("fileFormat", "orc");
        badType.put("column", JSON.parseArray("[{\"name\":\"m\",\"type\":\"map<string,int>\"}]"));
        result = fixture.run(typedRows(), badType, 1);
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("column[0].type"), result.failureMessage());
        assertEquals(List.of(), fixture.keys(""));
    }
}
