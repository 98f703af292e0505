package io.ots2oss.osswriter.format.csv;

import static io.ots2oss.osswriter.support.Params.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

/** {@code csvWriterConfig}: upstream's CSV writer properties on top of the RFC 4180 writer. */
class CsvWriterConfigTest {

    private static Params csv(String csvWriterConfig) {
        return Params.minimal().with("fileFormat", "csv").with("lineDelimiter", "\n").withJson("csvWriterConfig", csvWriterConfig);
    }

    private static String write(Params params, Column... columns) throws Exception {
        return MemoryObject.written(params, TestRecord.of(columns)).utf8();
    }

    private static StringColumn s(String value) {
        return new StringColumn(value);
    }

    @Test
    void delimiterOverridesFieldDelimiter() throws Exception {
        assertEquals("a,b;\"c;d\"\n", write(csv("{\"delimiter\":\";\"}").with("fieldDelimiter", "|"), s("a,b"), s("c;d")));
    }

    @Test
    void tabDelimiterIsAccepted() throws Exception {
        assertEquals("a\tb\n", write(csv("{\"delimiter\":\"\\t\"}"), s("a"), s("b")));
    }

    @Test
    void recordDelimiterOverridesLineDelimiterAndDecidesQuoting() throws Exception {
        assertEquals("a,\"b|c\"|", write(csv("{\"recordDelimiter\":\"|\"}"), s("a"), s("b|c")));
    }

    @Test
    void textQualifierReplacesTheQuote() throws Exception {
        assertEquals("'a,b','it''s',say \"hi\"\n", write(csv("{\"textQualifier\":\"'\"}"), s("a,b"), s("it's"), s("say \"hi\"")));
    }

    @Test
    void useTextQualifierFalseNeverQuotes() throws Exception {
        assertEquals("a,b,\"x\",\n", write(csv("{\"useTextQualifier\":false}"), s("a,b"), s("\"x\""), s("")));
    }

    @Test
    void escapeModeTwoEscapesQuotesAndBackslashesInsideQuotes() throws Exception {
        assertEquals("\"say \\\"hi\\\" c:\\\\t\",c:\\\\t\n", write(csv("{\"escapeMode\":2}"), s("say \"hi\" c:\\t"), s("c:\\t")));
    }

    @Test
    void escapeModeTwoWithoutQualifierEscapesDelimitersAndLineBreaks() throws Exception {
        assertEquals("a\\,b,c\\\nd,\"q\"\n", write(csv("{\"escapeMode\":2,\"useTextQualifier\":false}"), s("a,b"), s("c\nd"), s("\"q\"")));
    }

    @Test
    void escapeModeOneIsTheDefault() throws Exception {
        assertEquals("\"say \"\"hi\"\"\"\n", write(csv("{\"escapeMode\":1}"), s("say \"hi\"")));
    }

    @Test
    void forceQualifierQuotesEveryFieldHeaderAndNull() throws Exception {
        assertEquals("\"id\",\"v\"\n\"1\",\"a\",\"null\"\n",
                write(csv("{\"forceQualifier\":true}").withJson("header", "[\"id\",\"v\"]"), new LongColumn(1L), s("a"), s(null)));
    }

    @Test
    void forceQualifierWinsOverUseTextQualifierFalse() throws Exception {
        assertEquals("\"a\"\n", write(csv("{\"forceQualifier\":true,\"useTextQualifier\":false}"), s("a")));
    }

    @Test
    void commentCharacterAtTheStartOfTheFirstFieldIsQuoted() throws Exception {
        assertEquals("\"#a\",#b\n", write(csv("{\"comment\":\"#\"}"), s("#a"), s("#b")));
    }

    @Test
    void commentCharacterIsBackslashEscapedWithoutQualifier() throws Exception {
        assertEquals("\\;a,;b\n", write(csv("{\"comment\":\";\",\"escapeMode\":2,\"useTextQualifier\":false}"), s(";a"), s(";b")));
    }

    @Test
    void withoutCommentALeadingHashIsPlainData() throws Exception {
        assertEquals("#a\n", write(csv("{\"delimiter\":\",\"}"), s("#a")));
    }

    @Test
    void valuesAreNeverTrimmed() throws Exception {
        assertEquals("\"  a  \", b \n", write(csv("{\"forceQualifier\":false,\"comment\":\" \"}"), s("  a  "), s(" b ")));
    }

    @Test
    void jsonStringFormIsAccepted() throws Exception {
        assertEquals("a;b\n", write(Params.minimal().with("fileFormat", "csv").with("lineDelimiter", "\n")
                .with("csvWriterConfig", "{\"delimiter\":\";\"}"), s("a"), s("b")));
    }

    @Test
    void emptyObjectKeepsRfc4180() throws Exception {
        assertEquals("\"a,b\",\"\"\n", write(csv("{}"), s("a,b"), s("")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "csvWriterConfig.trimValues|{\"trimValues\":true}",
            "csvWriterConfig.escapeMode|{\"escapeMode\":3}",
            "csvWriterConfig.escapeMode|{\"escapeMode\":\"backslash\"}",
            "csvWriterConfig.delimiter|{\"delimiter\":\";;\"}",
            "csvWriterConfig.delimiter|{\"delimiter\":\"\"}",
            "csvWriterConfig.delimiter|{\"delimiter\":\"\\n\"}",
            "csvWriterConfig.delimiter|{\"delimiter\":\"\\\\\",\"escapeMode\":2}",
            "csvWriterConfig.textQualifier|{\"textQualifier\":\",\"}",
            "csvWriterConfig.textQualifier|{\"textQualifier\":\"ab\"}",
            "csvWriterConfig.textQualifier|{\"textQualifier\":\"\\\\\",\"escapeMode\":2}",
            "csvWriterConfig.recordDelimiter|{\"recordDelimiter\":\"\"}",
            "csvWriterConfig.delimiter|{\"recordDelimiter\":\";\",\"delimiter\":\";\"}",
            "csvWriterConfig.useTextQualifier|{\"useTextQualifier\":\"maybe\"}",
            "csvWriterConfig.forceQualifier|{\"forceQualifier\":1}",
            "csvWriterConfig.comment|{\"comment\":\"//\"}",
            "csvWriterConfig|[\"delimiter\"]",
    })
    void badValueIsRefusedAtStartNamingTheKey(String key, String json) {
        ConfigError e = rejected(csv(json));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        ConfigError e = rejected(Params.minimal().with("fileFormat", "csv").with("csvWriterConfig", "delimiter=;"));
        assertEquals("csvWriterConfig", e.key());
        assertTrue(e.getMessage().contains("[delimiter=;]"), e.getMessage());
    }

    @Test
    void fieldDelimiterIsNamedWhenItClashesWithTheDefaultQuote() {
        assertEquals("fieldDelimiter", rejected(Params.minimal().with("fileFormat", "csv").with("fieldDelimiter", "\"")).key());
    }
}
