package io.ots2oss.osswriter.format.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.DateColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.support.DuckDbParquet;
import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

/** Every type, codec and nested layout as DuckDB (an implementation independent of parquet-java) reads it. */
class IndependentReaderTest {
    private static final long AT = 1_700_000_000_123L;
    private static final String SCHEMA = "message m { optional int64 id; optional binary name (STRING); optional double score;"
            + " optional boolean ok; optional binary raw; optional int96 at; optional int64 at_ms (TIMESTAMP(MILLIS,true));"
            + " optional int64 at_us (TIMESTAMP(MICROS,true)); optional int32 day (DATE); optional int32 tiny (INTEGER(8,true));"
            + " optional int32 small (INTEGER(16,true)); optional fixed_len_byte_array(5) amount (DECIMAL(10,2));"
            + " optional fixed_len_byte_array(16) big (DECIMAL(38,10)); optional float ratio;"
            + " optional group address { optional binary city (STRING); optional int32 zip; }"
            + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
            + " optional group scores (MAP) { repeated group key_value { required binary key (STRING); optional int64 value; } } }";

    private static byte[] write(String codec) throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = Params.minimal().with("fileFormat", "parquet").with("compress", codec).with("parquetSchema", SCHEMA)
                .parse().writers().open(out, "x.parquet", 1 << 20);
        DateColumn micros = new DateColumn(AT);
        micros.setNanos(123_456_000);
        writer.write(TestRecord.of(new LongColumn(42L), new StringColumn("名前, \"quoted\""), new DoubleColumn(2.5), new BoolColumn(true),
                new BytesColumn(new byte[] {0, -1, 65}), new DateColumn(new Date(AT)), new DateColumn(new Date(AT)), micros,
                new DateColumn(new Date(AT)), new LongColumn(-128L), new LongColumn(32767L), new StringColumn("-12345678.905"),
                new StringColumn("1234567890123456789012345678.0123456789"), new DoubleColumn(0.25),
                new StringColumn("{\"city\":\"杭州\",\"zip\":310000}"), new StringColumn("[\"a\",null,\"c\"]"),
                new StringColumn("{\"x\":1,\"y\":null}")));
        writer.write(TestRecord.of(new LongColumn((Long) null), new StringColumn(null), new DoubleColumn((Double) null),
                new BoolColumn((Boolean) null), new BytesColumn(null), new DateColumn((Long) null), new DateColumn((Long) null),
                new DateColumn((Long) null), new DateColumn((Long) null), new LongColumn((Long) null), new LongColumn((Long) null),
                new StringColumn(null), new StringColumn(null), new DoubleColumn((Double) null), new StringColumn(null),
                new StringColumn("[]"), new StringColumn("{}")));
        writer.write(TestRecord.of(new LongColumn(-1L), new StringColumn(""), new DoubleColumn(-0.5), new BoolColumn(false),
                new BytesColumn(new byte[0]), new LongColumn(-1L), new LongColumn(-1L), new LongColumn(-1L),
                new StringColumn("1969-12-31 12:00:00"), new LongColumn(127L), new LongColumn(-32768L), new LongColumn(0L),
                new DoubleColumn(-0.00000000005), new DoubleColumn(-1.0), new StringColumn("{}"), new StringColumn("[\"only\"]"),
                new StringColumn("{\"k\":-5}")));
        writer.finish();
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uncompressed", "snappy", "gzip", "zstd", "lz4"})
    void duckDbReadsEveryValueBack(String codec) throws Exception {
        byte[] file = write(codec);
        assertEquals(List.of("id BIGINT", "name VARCHAR", "score DOUBLE", "ok BOOLEAN", "raw BLOB", "at TIMESTAMP",
                "at_ms TIMESTAMP WITH TIME ZONE", "at_us TIMESTAMP WITH TIME ZONE", "day DATE", "tiny TINYINT", "small SMALLINT",
                "amount DECIMAL(10,2)", "big DECIMAL(38,10)", "ratio FLOAT", "address STRUCT(city VARCHAR, zip INTEGER)",
                "tags VARCHAR[]", "scores MAP(VARCHAR, BIGINT)"), DuckDbParquet.types(file));
        List<String[]> rows = DuckDbParquet.query(file, "\"id\", \"name\", \"score\", \"ok\", hex(\"raw\"), strftime(\"at\", '%Y-%m-%d %H:%M:%S.%f'),"
                + " epoch_ms(\"at_ms\"), epoch_us(\"at_us\"), \"day\", \"tiny\", \"small\", CAST(\"amount\" AS VARCHAR), CAST(\"big\" AS VARCHAR), \"ratio\","
                + " CAST(\"address\" AS VARCHAR), CAST(\"tags\" AS VARCHAR), CAST(\"scores\" AS VARCHAR), len(\"tags\"), cardinality(\"scores\")");
        assertEquals(3, rows.size());
        String day = LocalDate.ofInstant(Instant.ofEpochMilli(AT), ZoneId.systemDefault()).toString();
        assertArrayEquals(new String[] {"42", "名前, \"quoted\"", "2.5", "true", "00FF41", "2023-11-14 22:13:20.123000",
                String.valueOf(AT), "1700000000123456", day, "-128", "32767", "-12345678.91", "1234567890123456789012345678.0123456789",
                "0.25", "{'city': 杭州, 'zip': 310000}", "[a, NULL, c]", "{x=1, y=NULL}", "3", "2"}, rows.get(0));
        assertArrayEquals(new String[] {null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "[]", "{}", "0", "0"}, rows.get(1));
        String before1970 = LocalDate.parse("1969-12-31").toString();
        assertArrayEquals(new String[] {"-1", "", "-0.5", "false", "", "1969-12-31 23:59:59.999000", "-1", "-1000", before1970,
                "127", "-32768", "0.00", "-0.0000000001", "-1.0", "{'city': NULL, 'zip': NULL}", "[only]", "{k=-5}", "1", "1"}, rows.get(2));
    }
}
