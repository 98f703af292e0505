package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.testkit.JobResult;

/** The format keys users bring from upstream and DataWorks: txt, sql, csvWriterConfig, partition. */
class FormatKeysIT extends WriterJobTestBase {
    private static final String ROWS = "["
            + "[{\"type\":\"LONG\",\"value\":\"1\"},{\"type\":\"STRING\",\"value\":\"it's, \\\"x\\\"\"},{\"type\":\"STRING\",\"value\":\"hz\"}],"
            + "[{\"type\":\"LONG\",\"value\":null},{\"type\":\"STRING\",\"value\":\"c:\\\\t\"},{\"type\":\"STRING\",\"value\":\"sh\"}]]";

    private String onlyObject() {
        List<String> keys = fixture.keys("out/");
        assertEquals(1, keys.size(), keys.toString());
        return keys.get(0);
    }

    private String runOne(JSONObject writer) {
        JobResult result = fixture.run(WriterJobFixture.rows(ROWS), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        return fixture.text(onlyObject());
    }

    private JSONObject sqlWriter() {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "sql");
        writer.put("table", "orders");
        writer.put("quoteChar", "`");
        writer.put("header", List.of("id", "note", "region"));
        return writer;
    }

    @Test
    void txtIsText() {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "txt");
        writer.put("fieldDelimiter", "|");
        assertEquals("1|it's, \"x\"|hz\nnull|c:\\t|sh\n", runOne(writer));
        assertTrue(onlyObject().matches("out/data__[0-9a-f]{32}"), onlyObject());
    }

    @Test
    void sqlWritesOneInsertPerRecord() {
        assertEquals("INSERT INTO `orders` (`id`,`note`,`region`) VALUES('1','it''s, \"x\"','hz');\n"
                + "INSERT INTO `orders` (`id`,`note`,`region`) VALUES(NULL,'c:\\t','sh');\n", runOne(sqlWriter()));
    }

    @Test
    void sqlWritesAValueEqualToAnExplicitNullFormatAsNull() {
        JSONObject writer = sqlWriter();
        writer.put("nullFormat", "hz");
        assertEquals("INSERT INTO `orders` (`id`,`note`,`region`) VALUES('1','it''s, \"x\"',NULL);\n"
                + "INSERT INTO `orders` (`id`,`note`,`region`) VALUES(NULL,'c:\\t','sh');\n", runOne(writer));
    }

    @Test
    void sqlRollsAndCompressesLikeText() throws Exception {
        JSONObject writer = sqlWriter();
        writer.put("header", List.of("id", "pad"));
        writer.put("maxFileSize", 1);
        writer.put("blockSizeInMB", 1);
        writer.put("compress", "gzip");
        String pad = "p".repeat(200);
        JobResult result = fixture.run(WriterJobFixture.generated(20_000, 1, pad), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        List<String> keys = fixture.keys("out/");
        assertEquals(1, keys.size(), "gzip shrinks the repetitive rows below 1 MB: " + keys);
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(fixture.bytes(keys.get(0)))).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keys.get(0).endsWith(".gz"), keys.get(0));
        assertTrue(text.startsWith("INSERT INTO `orders` (`id`,`pad`) VALUES('0','" + pad + "');\n"), text.substring(0, 80));
        assertEquals(20_000, text.split("\n").length);

        writer.remove("compress");
        result = fixture.run(WriterJobFixture.generated(20_000, 1, pad), writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        keys = fixture.keys("out/");
        assertTrue(keys.size() >= 4, keys.toString());
        assertTrue(keys.get(1).equals(keys.get(0) + "_1"), keys.toString());
        for (String key : keys) {
            String part = fixture.text(key);
            assertTrue(part.startsWith("INSERT INTO ") && part.endsWith(");\n"), key);
        }
    }

    @Test
    void sqlAsOneObjectFromSeveralTasks() {
        JSONObject writer = sqlWriter();
        writer.put("header", List.of("id", "v"));
        writer.put("writeSingleObject", true);
        JobResult result = fixture.run(WriterJobFixture.generated(3, 2, "v"), writer, 2);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(List.of("out/data"), fixture.keys("out/"));
        String prefix = "INSERT INTO `orders` (`id`,`v`) VALUES(";
        assertEquals(prefix + "'0','v');\n" + prefix + "'1','v');\n" + prefix + "'2','v');\n"
                + prefix + "'3','v');\n" + prefix + "'4','v');\n" + prefix + "'5','v');\n", fixture.text("out/data"));
    }

    static Stream<Arguments> csvWriterConfigs() {
        return Stream.of(
                Arguments.of("{}", "1,\"it's, \"\"x\"\"\",hz\nnull,c:\\t,sh\n"),
                Arguments.of("{\"delimiter\":\";\"}", "1;\"it's, \"\"x\"\"\";hz\nnull;c:\\t;sh\n"),
                Arguments.of("{\"recordDelimiter\":\"\\r\"}", "1,\"it's, \"\"x\"\"\",hz\rnull,c:\\t,sh\r"),
                Arguments.of("{\"textQualifier\":\"'\"}", "1,'it''s, \"x\"',hz\nnull,c:\\t,sh\n"),
                Arguments.of("{\"useTextQualifier\":false}", "1,it's, \"x\",hz\nnull,c:\\t,sh\n"),
                Arguments.of("{\"escapeMode\":1}", "1,\"it's, \"\"x\"\"\",hz\nnull,c:\\t,sh\n"),
                Arguments.of("{\"escapeMode\":2}", "1,\"it's, \\\"x\\\"\",hz\nnull,c:\\\\t,sh\n"),
                Arguments.of("{\"forceQualifier\":true}", "\"1\",\"it's, \"\"x\"\"\",\"hz\"\n\"null\",\"c:\\t\",\"sh\"\n"),
                Arguments.of("{\"comment\":\"n\"}", "1,\"it's, \"\"x\"\"\",hz\n\"null\",c:\\t,sh\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvWriterConfigs")
    void csvWriterConfigKeepsUpstreamMeaning(String config, String expected) {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "csv");
        writer.put("csvWriterConfig", JSON.parseObject(config));
        assertEquals(expected, runOne(writer));
    }

    @Test
    void csvWriterConfigAsAJsonString() {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "csv");
        writer.put("csvWriterConfig", "{\"delimiter\":\"|\",\"forceQualifier\":\"true\"}");
        assertEquals("\"1\"|\"it's, \"\"x\"\"\"|\"hz\"\n\"null\"|\"c:\\t\"|\"sh\"\n", runOne(writer));
    }

    @Test
    void partitionNamesEachObjectByItsFirstRecord() {
        JSONObject writer = fixture.writer();
        writer.put("partition", List.of("region"));
        writer.put("maxFileSize", 1);
        writer.put("blockSizeInMB", 1);
        JSONObject reader = JSON.parseObject("{\"count\":30000,\"sliceCount\":1,\"columns\":[{\"type\":\"LONG\",\"generator\":\"sequence\"},"
                + "{\"type\":\"STRING\",\"value\":\"" + "p".repeat(60) + "\"},{\"type\":\"STRING\",\"value\":\"hz\"}]}");
        JobResult result = fixture.run(reader, writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        List<String> keys = fixture.keys("out/");
        assertTrue(keys.size() >= 2, keys.toString());
        assertTrue(keys.get(0).matches("out/data__[0-9a-f]{32}_hz"), keys.toString());
        assertEquals(keys.get(0) + "_1", keys.get(1));
        assertTrue(fixture.text(keys.get(0)).endsWith(",hz\n"), "the partition column stays in the rows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "csvWriterConfig.trim|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"trim\":true}}",
            "csvWriterConfig.escapeMode|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"escapeMode\":3}}",
            "csvWriterConfig.delimiter|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"delimiter\":\"ab\"}}",
            "csvWriterConfig.textQualifier|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"textQualifier\":\",\"}}",
            "csvWriterConfig.useTextQualifier|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"useTextQualifier\":\"no\"}}",
            "csvWriterConfig.forceQualifier|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"forceQualifier\":\"always\"}}",
            "csvWriterConfig.comment|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"comment\":\"\"}}",
            "csvWriterConfig.recordDelimiter|{\"fileFormat\":\"csv\",\"csvWriterConfig\":{\"recordDelimiter\":\"\"}}",
            "csvWriterConfig|{\"fileFormat\":\"csv\",\"csvWriterConfig\":\"delimiter=;\"}",
            "table|{\"fileFormat\":\"sql\",\"quoteChar\":\"`\",\"header\":[\"a\"]}",
            "quoteChar|{\"fileFormat\":\"sql\",\"table\":\"t\",\"header\":[\"a\"]}",
            "header|{\"fileFormat\":\"sql\",\"table\":\"t\",\"quoteChar\":\"`\"}",
            "partition|{\"partition\":\"dt,region\"}",
            "fileFormat|{\"fileFormat\":\"json\"}",
    })
    void badValueFailsAtStartNamingTheKey(String key, String keys) {
        JSONObject writer = fixture.writer();
        writer.putAll(JSON.parseObject(keys));
        JobResult result = fixture.run(WriterJobFixture.rows(ROWS), writer, 1);
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("'" + key + "'"), result.failureMessage());
        assertEquals(List.of(), fixture.keys(""));
    }
}
