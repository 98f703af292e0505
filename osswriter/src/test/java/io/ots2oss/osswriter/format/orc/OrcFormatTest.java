package io.ots2oss.osswriter.format.orc;

import static io.ots2oss.osswriter.support.Params.column;
import static io.ots2oss.osswriter.support.Params.orc;
import static io.ots2oss.osswriter.support.Params.parquet;
import static io.ots2oss.osswriter.support.Params.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.support.Params;

/** fileFormat orc: column types, compress, naming; refusals name the key. */
class OrcFormatTest {
    private static OrcWriters writers(WriterConfig config) {
        return (OrcWriters) config.writers();
    }

    @Test
    void orcNeedsColumns() {
        assertEquals("column", rejected(Params.minimal().with("fileFormat", "orc")).key());
    }

    @ParameterizedTest
    @CsvSource({"TINYINT,tinyint", "SMALLINT,smallint", "INT,int", "BIGINT,bigint", "FLOAT,float", "DOUBLE,double",
            "TIMESTAMP,timestamp", "DATE,date", "STRING,string", "VARCHAR,string", "CHAR,string", "BOOLEAN,boolean",
            "DECIMAL,'decimal(10,2)'", "'decimal(38,10)','decimal(38,10)'", "'DECIMAL(5)','decimal(5,0)'", "BINARY,binary",
            "'varchar(20)',varchar(20)", "'char(3)',char(3)", "bigint,bigint"})
    void orcTakesUpstreamsHiveTypesAndMore(String type, String orcType) {
        assertEquals("struct<c:" + orcType + ">", writers(orc(column(type)).parse()).schema());
    }

    @ParameterizedTest
    @ValueSource(strings = {"long", "text", "map<string,int>", "decimal(39,2)", "decimal(5,6)", "varchar(0)", "int(3)", "array<int>"})
    void orcRefusesOtherTypesNamingTheColumn(String type) {
        ConfigError e = rejected(orc(column(type)));
        assertEquals("column[0].type", e.key());
        assertTrue(e.getMessage().contains(type), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"'',NONE", "none,NONE", "uncompressed,NONE", "snappy,SNAPPY", "SNAPPY,SNAPPY", "zlib,ZLIB", "zstd,ZSTD", "lz4,LZ4"})
    void orcCompressions(String compress, OrcCodec codec) {
        assertEquals(codec, writers(orc(column("INT")).with("compress", compress).parse()).codec());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "bzip2", "lzo"})
    void orcRefusesOtherCompressions(String compress) {
        ConfigError e = rejected(orc(column("INT")).with("compress", compress));
        assertEquals("compress", e.key());
        assertTrue(e.getMessage().contains("zlib"), e.getMessage());
    }

    @Test
    void orcObjectsEndInOrcAndCannotBeOneSingleObject() {
        WriterConfig config = orc(column("INT")).parse();
        assertEquals(".orc", config.nameExtension());
        assertEquals(".orc", config.templateExtension());
        assertEquals("writeSingleObject", rejected(orc(column("INT")).with("writeSingleObject", true).with("writeMode", "truncate")).key());
    }
}
