package io.ots2oss.osswriter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.support.Params;

class WriterConfigParserTest {

    private static ConfigError rejected(Params params) {
        return assertThrows(ConfigError.class, params::parse);
    }

    @Test
    void defaultsMatchUpstream() {
        WriterConfig config = Params.minimal().parse();
        FormatConfig format = config.format();
        assertEquals("text", config.writers().fileFormat());
        assertEquals(",", format.fieldDelimiter());
        assertEquals(System.lineSeparator(), format.lineDelimiter());
        assertEquals(Charset.forName("UTF-8"), format.encoding());
        assertEquals("null", format.nullFormat());
        assertNull(format.dateFormat());
        assertFalse(format.base64Bytes());
        assertTrue(format.header().isEmpty());
        assertEquals("", config.nameExtension());
        assertEquals("", config.suffix());
        assertEquals(100000L * 1024 * 1024, config.maxFileSizeBytes());
        assertEquals(10 * 1024 * 1024, config.blockSizeBytes());
        assertTrue(config.generateEmptyFile());
        assertFalse(config.writeSingleObject());
        assertFalse(config.connection().encrypt());
        assertFalse(config.connection().proxy().enabled());
        assertNull(config.objectNameTemplate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"endpoint", "accessId", "accessKey", "bucket", "object", "writeMode"})
    void requiredKeyMissingIsNamed(String key) {
        ConfigError e = rejected(Params.minimal().without(key));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @Test
    void writeModeIsCaseSensitiveLikeUpstream() {
        ConfigError e = rejected(Params.minimal().with("writeMode", "Truncate"));
        assertTrue(e.getMessage().contains("[Truncate]"), e.getMessage());
        assertEquals(WriteMode.NON_CONFLICT, Params.minimal().with("writeMode", " nonConflict ").parse().writeMode());
    }

    @Test
    void endpointWithOssSchemeIsRejected() {
        ConfigError e = rejected(Params.minimal().with("endpoint", "oss://oss-cn-hangzhou.aliyuncs.com"));
        assertEquals("endpoint", e.key());
    }

    @Test
    void objectStartingWithSlashIsRejected() {
        ConfigError e = rejected(Params.minimal().with("object", "/cdo/datax"));
        assertTrue(e.getMessage().contains("cdo/datax"), e.getMessage());
    }

    @Test
    void csvNeedsASingleCharacterFieldDelimiter() {
        assertEquals("fieldDelimiter", rejected(Params.minimal().with("fileFormat", "csv").with("fieldDelimiter", "||")).key());
        assertEquals("||", Params.minimal().with("fileFormat", "text").with("fieldDelimiter", "||").parse().format().fieldDelimiter());
    }

    @Test
    void multiCharacterLineDelimiterIsKept() {
        assertEquals("\r\n", Params.minimal().with("fileFormat", "csv").with("lineDelimiter", "\r\n").parse().format().lineDelimiter());
    }

    @Test
    void unknownEncodingIsRejected() {
        ConfigError e = rejected(Params.minimal().with("encoding", "UTF-9"));
        assertTrue(e.getMessage().contains("UTF-9"));
    }

    @Test
    void gbkEncodingIsAccepted() {
        assertEquals(Charset.forName("GBK"), Params.minimal().with("encoding", "gbk").parse().format().encoding());
    }

    @Test
    void emptyNullFormatIsKept() {
        assertEquals("", Params.minimal().with("nullFormat", "").parse().format().nullFormat());
    }

    @Test
    void badDateFormatIsRejected() {
        assertEquals("dateFormat", rejected(Params.minimal().with("dateFormat", "yyyy-qq")).key());
    }

    @Test
    void base64ByteEncodingIsCaseInsensitive() {
        assertTrue(Params.minimal().with("byteEncoding", "BASE64").parse().format().base64Bytes());
    }

    @Test
    void headerMustBeAList() {
        assertEquals("header", rejected(Params.minimal().with("header", "a,b")).key());
        assertEquals(List.of("a", "b"), Params.minimal().withJson("header", "[\"a\",\"b\"]").parse().format().header());
    }

    @Test
    void suffixGetsADot() {
        assertEquals(".csv", Params.minimal().with("suffix", " csv ").parse().suffix());
        assertEquals(".csv", Params.minimal().with("suffix", ".csv").parse().suffix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5"})
    void maxFileSizeMustBePositiveWholeNumber(String value) {
        assertEquals("maxFileSize", rejected(Params.minimal().with("maxFileSize", value)).key());
    }

    @Test
    void blockSizeIsLimited() {
        assertEquals("blockSizeInMB", rejected(Params.minimal().with("blockSizeInMB", 6000)).key());
        assertEquals(5 * 1024 * 1024, Params.minimal().with("blockSizeInMB", 5).parse().blockSizeBytes());
    }

    @Test
    void booleanKeysRejectOtherWords() {
        assertEquals("generateEmptyFile", rejected(Params.minimal().with("generateEmptyFile", "yes")).key());
        assertFalse(Params.minimal().with("generateEmptyFile", "false").parse().generateEmptyFile());
    }

    @Test
    void compressionForTextAndCsv() {
        assertEquals(".gz", Params.minimal().with("compress", "GZIP").parse().nameExtension());
        assertEquals(".zst", Params.minimal().with("compress", "zstd").parse().nameExtension());
        assertEquals(".csv.bz2", Params.minimal().with("fileFormat", "csv").with("compress", "bzip2").parse().templateExtension());
        assertEquals("compress", rejected(Params.minimal().with("compress", "lzo")).key());
    }

    @Test
    void unknownFileFormatIsRejectedListingTheFormats() {
        ConfigError e = rejected(Params.minimal().with("fileFormat", "json"));
        assertEquals("fileFormat", e.key());
        assertTrue(e.getMessage().contains("[json]") && e.getMessage().contains("text, txt, csv"), e.getMessage());
    }

    @Test
    void txtIsText() {
        WriterConfig config = Params.minimal().with("fileFormat", "txt").parse();
        assertEquals("text", config.writers().fileFormat());
        assertEquals(".txt", config.templateExtension());
    }

    @Test
    void singleObjectRejectsAppend() {
        assertEquals("writeMode", rejected(Params.minimal().with("writeSingleObject", true)).key());
        assertTrue(Params.minimal().with("writeSingleObject", true).with("writeMode", "truncate").parse().writeSingleObject());
    }

    @Test
    void singleObjectRejectsParquet() {
        assertEquals("writeSingleObject", rejected(Params.minimal().with("writeSingleObject", true).with("writeMode", "truncate")
                .with("fileFormat", "parquet").with("parquetSchema", "message m { optional int64 id; }")).key());
    }

    @Test
    void proxyNeedsAPort() {
        assertEquals("proxyPort", rejected(Params.minimal().with("proxyHost", "proxy.local")).key());
        ProxySettings proxy = Params.minimal().with("proxyHost", "proxy.local").with("proxyPort", 3128)
                .with("proxyUsername", "u").with("proxyPassword", "p").parse().connection().proxy();
        assertTrue(proxy.enabled());
        assertEquals(3128, proxy.port());
        assertFalse(proxy.toString().contains("p@") || proxy.toString().endsWith(" p"));
    }

    @Test
    void securityTokenIsRead() {
        assertEquals("tok", Params.minimal().with("securityToken", "tok").parse().connection().securityToken());
    }

    @Test
    void secretsNeverAppearInToString() {
        WriterConfig config = Params.minimal().with("securityToken", "sts-token-secret").with("proxyHost", "h").with("proxyPort", 1)
                .with("proxyPassword", "proxy-secret").parse();
        String text = config.toString();
        assertFalse(text.contains("test-secret-do-not-print"), text);
        assertFalse(text.contains("sts-token-secret"), text);
        assertFalse(text.contains("proxy-secret"), text);
    }

    @Test
    void secretsNeverAppearInErrors() {
        ConfigError e = rejected(Params.minimal().with("encoding", "nope"));
        assertFalse(e.getMessage().contains("test-secret-do-not-print"));
    }

    @Test
    void datasourceFillsConnectionKeys() {
        Map<String, String> fields = new HashMap<>();
        fields.put("endpoint", "http://10.0.0.1");
        fields.put("accessId", "ds-id");
        fields.put("accessKey", "ds-key");
        fields.put("securityToken", "ds-token");
        fields.put("bucket", "ds-bucket");
        WriterConfig config = Params.minimal().without("endpoint").without("accessId").without("accessKey").without("bucket")
                .with("datasource", "prod").parse(name -> fields);
        assertEquals("http://10.0.0.1", config.connection().endpoint());
        assertEquals("ds-key", config.connection().accessKey());
        assertEquals("ds-token", config.connection().securityToken());
        assertEquals("ds-bucket", config.connection().bucket());
    }

    @Test
    void jobKeysWinOverDatasource() {
        Map<String, String> fields = new HashMap<>();
        fields.put("bucket", "ds-bucket");
        assertEquals("bkt", Params.minimal().with("datasource", "prod").parse(name -> fields).connection().bucket());
    }

    @Test
    void unknownDatasourceIsNamed() {
        assertEquals("datasource", rejected(Params.minimal().with("datasource", "nope")).key());
    }

    @Test
    void templateMustSeparateTasks() {
        assertEquals("objectNameTemplate", rejected(Params.minimal().with("objectNameTemplate", "${object}/part-${roll}.csv")).key());
        assertEquals("${object}/part-${taskId}", Params.minimal().with("objectNameTemplate", "${object}/part-${taskId}").parse().objectNameTemplate());
    }

    @Test
    void extensionFollowsCompressionWhenSuffixUnset() {
        assertEquals(".gz", Params.minimal().with("compress", "gzip").parse().nameExtension());
        assertEquals(".txt", Params.minimal().with("compress", "gzip").with("suffix", "txt").parse().nameExtension());
        assertEquals("", Params.minimal().parse().nameExtension());
        assertEquals(".csv.zst", Params.minimal().with("fileFormat", "csv").with("compress", "zstd").parse().templateExtension());
    }

    @Test
    void encryptMustBeBoolean() {
        assertEquals("encrypt", rejected(Params.minimal().with("encrypt", "AES")).key());
        assertTrue(Params.minimal().with("encrypt", true).parse().connection().encrypt());
    }

    @Test
    void cnameIsKept() {
        assertEquals("files.example.com", Params.minimal().with("cname", "files.example.com").parse().connection().cname());
    }

    @Test
    void missingProxyPortIsReportedAsRequired() {
        ConfigError e = rejected(Params.minimal().with("proxyHost", "proxy.local"));
        assertTrue(e.getMessage().contains("'proxyPort' is required"), e.getMessage());
    }

    @Test
    void proxyPortMustBeAPort() {
        assertEquals("proxyPort", rejected(Params.minimal().with("proxyHost", "h").with("proxyPort", 70000)).key());
    }

    @Test
    void uploadConcurrencyIsBounded() {
        assertEquals("uploadConcurrency", rejected(Params.minimal().with("uploadConcurrency", 0)).key());
        assertEquals("uploadConcurrency", rejected(Params.minimal().with("uploadConcurrency", 17)).key());
        assertEquals(4, Params.minimal().with("uploadConcurrency", 4).parse().maxInFlightParts());
    }

    @Test
    void parquetCodecMustBeKnown() {
        assertEquals("compress", rejected(Params.minimal().with("fileFormat", "parquet").with("compress", "lzo")
                .with("parquetSchema", "message m { optional int64 id; }")).key());
    }

    @Test
    void parquetColumnNeedsAName() {
        assertEquals("column[1].name", rejected(Params.minimal().with("fileFormat", "parquet")
                .withJson("column", "[{\"name\":\"a\",\"type\":\"long\"},{\"type\":\"long\"}]")).key());
    }

    @Test
    void templateMustNotStartWithSlash() {
        assertEquals("objectNameTemplate", rejected(Params.minimal().with("objectNameTemplate", "/x/${taskId}")).key());
    }

    @Test
    void templateIsNotForSingleObjects() {
        assertEquals("objectNameTemplate", rejected(Params.minimal().with("writeSingleObject", true).with("writeMode", "truncate")
                .with("objectNameTemplate", "${object}/${taskId}")).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "http://127.0.0.1:99999", "http://host/path", "http://bad host"})
    void malformedEndpointIsRejectedNamingIt(String endpoint) {
        ConfigError e = rejected(Params.minimal().with("endpoint", endpoint));
        assertEquals("endpoint", e.key());
        assertTrue(e.getMessage().contains("[" + endpoint + "]"), e.getMessage());
    }

    @Test
    void bareEndpointHostIsAccepted() {
        assertEquals("oss-cn-hangzhou.aliyuncs.com",
                Params.minimal().with("endpoint", "oss-cn-hangzhou.aliyuncs.com").parse().connection().endpoint());
    }

    @Test
    void proxyHostWithSchemeIsRejectedNamingIt() {
        ConfigError e = rejected(Params.minimal().with("proxyHost", "http://proxy.local").with("proxyPort", 3128));
        assertEquals("proxyHost", e.key());
    }

    @Test
    void objectGivenAsAJsonObjectIsRefusedNamingTheKey() {
        ConfigError e = rejected(Params.minimal().withJson("object", "{\"a\": 1}"));
        assertEquals("object", e.key());
        assertTrue(e.getMessage().contains("{\"a\":1}"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../x", "../x", "x/..", "a/b"})
    void suffixThatIsAPathIsRefused(String suffix) {
        assertEquals("suffix", rejected(Params.minimal().with("suffix", suffix)).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"out/../etc", "out/./data", "../data", "out\n/data", "\\out/data"})
    void objectWithTraversalSegmentsOrControlCharactersIsRefused(String object) {
        assertEquals("object", rejected(Params.minimal().with("object", object.replace("\\n", "\n"))).key());
    }

    @Test
    void objectLongerThanOssAllowsIsRefusedWithAShortMessage() {
        ConfigError e = rejected(Params.minimal().with("object", "x".repeat(2000)));
        assertEquals("object", e.key());
        assertTrue(e.getMessage().contains("1023"), e.getMessage());
        assertTrue(e.getMessage().length() < 500, "a " + e.getMessage().length() + "-character message");
    }

    @Test
    void objectLengthCountsUtf8Bytes() {
        assertEquals("object", rejected(Params.minimal().with("object", "中".repeat(400))).key());
        assertEquals("中".repeat(300), Params.minimal().with("object", "中".repeat(300)).parse().object());
    }

    @Test
    void templateWithTraversalSegmentIsRefused() {
        assertEquals("objectNameTemplate",
                rejected(Params.minimal().with("objectNameTemplate", "${object}/../${taskId}")).key());
    }
}
