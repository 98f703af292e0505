package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.github.luben.zstd.ZstdInputStream;

import io.ots2oss.testkit.JobResult;

class TextAndCsvIT extends WriterJobTestBase {
    private static final String EDGE_ROWS = "["
            + "[{\"type\":\"LONG\",\"value\":\"1\"},{\"type\":\"STRING\",\"value\":\"a,b\"},{\"type\":\"STRING\",\"value\":\"say \\\"hi\\\"\"}],"
            + "[{\"type\":\"LONG\",\"value\":\"2\"},{\"type\":\"STRING\",\"value\":\"line\\nbreak\"},{\"type\":\"STRING\",\"value\":\"cr\\rhere\"}],"
            + "[{\"type\":\"LONG\",\"value\":\"3\"},{\"type\":\"STRING\",\"value\":\"  spaced  \"},{\"type\":\"STRING\",\"value\":\"\"}],"
            + "[{\"type\":\"LONG\",\"value\":null},{\"type\":\"STRING\",\"value\":null},{\"type\":\"STRING\",\"value\":\"中文\"}]]";

    private String onlyObject(String prefix) {
        List<String> keys = fixture.keys(prefix);
        assertEquals(1, keys.size(), keys.toString());
        return keys.get(0);
    }

    @Test
    void csvEdgeCasesAreRfc4180() {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "csv");
        writer.put("lineDelimiter", "\r\n");
        writer.put("header", List.of("id", "x", "y"));
        JobResult result = fixture.run(WriterJobFixture.rows(EDGE_ROWS), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        String key = onlyObject("out/data");
        assertTrue(key.matches("out/data__[0-9a-f]{32}"), key);
        assertEquals("id,x,y\r\n1,\"a,b\",\"say \"\"hi\"\"\"\r\n2,\"line\nbreak\",\"cr\rhere\"\r\n3,  spaced  ,\"\"\r\nnull,null,中文\r\n",
                fixture.text(key));
    }

    @Test
    void csvInGbkWithSuffix() {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "csv");
        writer.put("encoding", "GBK");
        writer.put("nullFormat", "");
        writer.put("suffix", "csv");
        JobResult result = fixture.run(WriterJobFixture.rows(EDGE_ROWS), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        String key = onlyObject("out/data");
        assertTrue(key.endsWith(".csv"), key);
        byte[] expected = "1,\"a,b\",\"say \"\"hi\"\"\"\n2,\"line\nbreak\",\"cr\rhere\"\n3,  spaced  ,\"\"\n,,中文\n".getBytes(Charset.forName("GBK"));
        assertArrayEquals(expected, fixture.bytes(key));
    }

    @Test
    void textJoinsWithoutEscapingAndWritesLiteralNull() {
        JSONObject writer = fixture.writer();
        writer.put("fieldDelimiter", "|");
        JobResult result = fixture.run(WriterJobFixture.rows(EDGE_ROWS), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals("1|a,b|say \"hi\"\n2|line\nbreak|cr\rhere\n3|  spaced  |\nnull|null|中文\n", fixture.text(onlyObject("out/data")));
    }

    @Test
    void everyTaskWritesOneObjectAndEmptyTasksWriteTheHeader() {
        JSONObject writer = fixture.writer();
        writer.put("header", List.of("id", "v"));
        JobResult result = fixture.run(WriterJobFixture.generated(0, 3, "v"), writer, 3);
        assertTrue(result.succeeded(), result.failureMessage());
        List<String> keys = fixture.keys("out/data");
        assertEquals(3, keys.size(), keys.toString());
        for (String key : keys) {
            assertEquals("id,v\n", fixture.text(key));
        }
    }

    @Test
    void noEmptyObjectsWhenGenerateEmptyFileIsFalse() {
        JSONObject writer = fixture.writer();
        writer.put("generateEmptyFile", false);
        JobResult result = fixture.run(WriterJobFixture.generated(0, 2, "v"), writer, 2);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(List.of(), fixture.keys("out/"));
    }

    @Test
    void objectsRollByMaxFileSizeWithHeaderInEach() {
        JSONObject writer = fixture.writer();
        writer.put("maxFileSize", 1);
        writer.put("blockSizeInMB", 1);
        writer.put("header", List.of("id", "v"));
        String pad = "p".repeat(90);
        JobResult result = fixture.run(WriterJobFixture.generated(25_000, 1, pad), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        List<String> keys = fixture.keys("out/data");
        assertEquals(3, keys.size(), keys.toString());
        String base = keys.get(0);
        assertEquals(List.of(base, base + "_1", base + "_2"), keys);
        StringBuilder all = new StringBuilder();
        for (String key : keys) {
            String text = fixture.text(key);
            assertTrue(text.startsWith("id,v\n"));
            all.append(text.substring("id,v\n".length()));
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            expected.append(i).append(',').append(pad).append('\n');
        }
        assertEquals(expected.toString(), all.toString());
    }

    @Test
    void gzipGetsItsExtensionAndDecompresses() throws Exception {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "csv");
        writer.put("compress", "gzip");
        JobResult result = fixture.run(WriterJobFixture.generated(1000, 1, "v"), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        String key = onlyObject("out/data");
        assertTrue(key.endsWith(".gz"), key);
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(fixture.bytes(key))).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("0,v\n1,v\n") && text.endsWith("999,v\n"), text.substring(0, 20));
    }

    @Test
    void zstdWithTemplateNames() throws Exception {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "csv");
        writer.put("compress", "zstd");
        writer.put("objectNameTemplate", "${object}/dt=${day}/part-${taskId}-${roll}${ext}");
        JobResult result = fixture.run(WriterJobFixture.generated(10, 2, "v"), writer, 2, java.util.Map.of("day", "20240101"));
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(List.of("out/data/dt=20240101/part-0-0.csv.zst", "out/data/dt=20240101/part-1-0.csv.zst"), fixture.keys("out/"));
        String text = new String(new ZstdInputStream(new ByteArrayInputStream(fixture.bytes("out/data/dt=20240101/part-1-0.csv.zst"))).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(text.startsWith("10,v\n"), text);
    }

    @Test
    void badKeyFailsTheJobNamingKeyAndValue() {
        JSONObject writer = fixture.writer();
        writer.put("writeMode", "overwrite");
        JobResult result = fixture.run(WriterJobFixture.generated(1, 1, "v"), writer, 1);
        assertTrue(!result.succeeded());
        assertTrue(result.failureMessage().contains("writeMode") && result.failureMessage().contains("overwrite"), result.failureMessage());
        assertEquals(List.of(), fixture.keys(""));
        assertTrue(JSON.toJSONString(result.failureMessage()).length() > 0);
    }
}
