package io.ots2oss.osswriter.format.parquet;

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

/** Parquet's full type set and timestamp keys: defaults, accepted values, refusals naming the key. */
class ParquetTypeKeysTest {
    private static ParquetWriters writers(WriterConfig config) {
        return (ParquetWriters) config.writers();
    }

    @ParameterizedTest
    @CsvSource({
        "decimal, 'optional fixed_len_byte_array(5) c (DECIMAL(10,2))'",
        "'decimal(38,10)', 'optional fixed_len_byte_array(16) c (DECIMAL(38,10))'",
        "'DECIMAL(9,0)', 'optional fixed_len_byte_array(4) c (DECIMAL(9,0))'",
        "timestamp, optional int96 c",
        "int96, optional int96 c",
        "date, optional int32 c (DATE)",
        "tinyint, 'optional int32 c (INTEGER(8,true))'",
        "smallint, 'optional int32 c (INTEGER(16,true))'",
        "binary, optional binary c",
        "string, optional binary c (STRING)"})
    void parquetColumnTypes(String type, String field) {
        assertEquals("message m { " + field + "; }", writers(parquet(column(type)).parse()).schema());
    }

    @ParameterizedTest
    @CsvSource({"'',int96", "int96,int96", "millis,'int64 c (TIMESTAMP(MILLIS,true))'", "MICROS,'int64 c (TIMESTAMP(MICROS,true))'"})
    void parquetTimestampTypeChoosesTheEncodingOfTimestampColumns(String value, String declaration) {
        String expected = declaration.equals("int96") ? "int96 c" : declaration;
        assertEquals("message m { optional " + expected + "; }",
                writers(parquet(column("timestamp")).with("parquetTimestampType", value).parse()).schema());
    }

    @Test
    void parquetTimestampTypeMustBeKnown() {
        ConfigError e = rejected(parquet(column("timestamp")).with("parquetTimestampType", "nanos"));
        assertEquals("parquetTimestampType", e.key());
        assertTrue(e.getMessage().contains("millis"), e.getMessage());
    }

    @Test
    void parquetUtcTimestampIsABoolean() {
        parquet(column("timestamp")).with("parquetUtcTimestamp", true).parse();
        parquet(column("timestamp")).with("parquetUtcTimestamp", "false").parse();
        assertEquals("parquetUtcTimestamp", rejected(parquet(column("timestamp")).with("parquetUtcTimestamp", "yes")).key());
    }

    @ParameterizedTest
    @CsvSource({"lz4,LZ4_RAW", "lz4_raw,LZ4_RAW", "gzip,GZIP", "zstd,ZSTD", "snappy,SNAPPY", "none,UNCOMPRESSED"})
    void parquetCodecs(String compress, ParquetCodec codec) {
        assertEquals(codec, writers(parquet(column("int")).with("compress", compress).parse()).codec());
    }

    @ParameterizedTest
    @ValueSource(strings = {"decimal(0,0)", "decimal(39,1)", "decimal(4,5)", "varchar(10)", "map", "int128"})
    void parquetRefusesOtherColumnTypesNamingTheColumn(String type) {
        assertEquals("column[0].type", rejected(parquet(column(type))).key());
    }

    @Test
    void parquetSchemaWithGroupsListsMapsAndInt96IsAccepted() {
        String schema = "message m { optional int64 id; optional group address { optional binary city (STRING); optional int32 zip; }"
                + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
                + " optional group attrs (MAP) { repeated group key_value { required binary key (STRING); optional int64 value; } }"
                + " optional int96 at; optional fixed_len_byte_array(9) amount (DECIMAL(20,4)); }";
        assertEquals(schema, writers(Params.minimal().with("fileFormat", "parquet").with("parquetSchema", schema).parse()).schema());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "message m { optional group tags (LIST) { optional binary element; } }",
        "message m { optional group attrs (MAP) { repeated group key_value { required binary key; } } }",
        "message m { optional fixed_len_byte_array(2) amount (DECIMAL(10,2)); }",
        "message m { optional group e (ENUM) { optional binary x; } }"})
    void parquetSchemaThatCannotBeFilledIsRefusedNamingTheKey(String schema) {
        ConfigError e = rejected(Params.minimal().with("fileFormat", "parquet").with("parquetSchema", schema));
        assertEquals("parquetSchema", e.key());
    }
}
