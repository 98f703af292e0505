package io.ots2oss.osswriter.format.parquet;

import static io.ots2oss.osswriter.support.Params.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.support.Params;

class ParquetFormatTest {

    private static ParquetWriters writers(WriterConfig config) {
        return (ParquetWriters) config.writers();
    }

    @Test
    void parquetNeedsColumnsOrSchema() {
        assertEquals("column", rejected(Params.minimal().with("fileFormat", "parquet")).key());
    }

    @Test
    void parquetSchemaIsBuiltFromColumns() {
        WriterConfig config = Params.minimal().with("fileFormat", "parquet").with("compress", "snappy")
                .withJson("column", "[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"name\",\"type\":\"string\"}]").parse();
        assertEquals("message m { optional int64 id; optional binary name (STRING); }", writers(config).schema());
        assertEquals(ParquetCodec.SNAPPY, writers(config).codec());
        assertEquals(".parquet", config.nameExtension());
    }

    @Test
    void parquetColumnTypeMustBeKnown() {
        ConfigError e = rejected(Params.minimal().with("fileFormat", "parquet")
                .withJson("column", "[{\"name\":\"id\",\"type\":\"uuid\"}]"));
        assertEquals("column[0].type", e.key());
    }

    @Test
    void parquetSchemaMustParse() {
        assertEquals("parquetSchema", rejected(Params.minimal().with("fileFormat", "parquet").with("parquetSchema", "message {")).key());
    }

    @Test
    void parquetDoesNotNeedAFieldDelimiter() {
        WriterConfig config = Params.minimal().with("fileFormat", "parquet").with("parquetSchema", "message m { required int64 id; }").parse();
        assertEquals(ParquetCodec.UNCOMPRESSED, writers(config).codec());
    }
}
