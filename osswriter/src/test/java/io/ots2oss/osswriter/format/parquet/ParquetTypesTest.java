package io.ots2oss.osswriter.format.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DateColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.support.Int96;
import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.ParquetRows;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

/** Upstream's whole Parquet type set, read back with parquet-java's example reader and decoded from the format's definitions. */
class ParquetTypesTest {
    private static final long AT = 1_700_000_000_123L;

    private static ParquetRows write(Params params, TestRecord... records) throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = params.parse().writers().open(out, "x.parquet", 1 << 20);
        for (TestRecord record : records) {
            writer.write(record);
        }
        writer.finish();
        return ParquetRows.read(out.toByteArray());
    }

    private static Params columns(String json) {
        return Params.minimal().with("fileFormat", "parquet").withJson("column", json);
    }

    private static BigDecimal decimal(Group row, String field, int scale) {
        return new BigDecimal(new BigInteger(row.getBinary(field, 0).getBytes()), scale);
    }

    @Test
    void decimalsAreFixedLengthTwosComplementRoundedHalfUp() throws Exception {
        ParquetRows read = write(columns("[{\"name\":\"d\",\"type\":\"decimal\"},{\"name\":\"w\",\"type\":\"decimal(38,10)\"}]"),
                TestRecord.of(new StringColumn("12.345"), new StringColumn("-123456789012345678.0123456789")),
                TestRecord.of(new DoubleColumn(-0.005), new LongColumn(7L)),
                TestRecord.of(new StringColumn(null), new StringColumn(null)));
        PrimitiveType d = read.schema().getType("d").asPrimitiveType();
        assertEquals(PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, d.getPrimitiveTypeName());
        assertEquals(5, d.getTypeLength());
        assertEquals(LogicalTypeAnnotation.decimalType(2, 10), d.getLogicalTypeAnnotation());
        assertEquals(new BigDecimal("12.35"), decimal(read.rows().get(0), "d", 2));
        assertEquals(new BigDecimal("-123456789012345678.0123456789"), decimal(read.rows().get(0), "w", 10));
        assertEquals(new BigDecimal("-0.01"), decimal(read.rows().get(1), "d", 2));
        assertEquals(new BigDecimal("7.0000000000"), decimal(read.rows().get(1), "w", 10));
        assertEquals(0, read.rows().get(2).getFieldRepetitionCount("d"));
    }

    @Test
    void decimalTooWideForItsPrecisionIsADirtyRecord() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = columns("[{\"name\":\"d\",\"type\":\"decimal(4,2)\"}]").parse().writers().open(out, "x.parquet", 1 << 20);
        assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new StringColumn("100.00"))));
        assertThrows(RuntimeException.class, () -> writer.write(TestRecord.of(new StringColumn("abc"))));
        writer.write(TestRecord.of(new StringColumn("99.994")));
        writer.finish();
        ParquetRows read = ParquetRows.read(out.toByteArray());
        assertEquals(1, read.rows().size());
        assertEquals(new BigDecimal("99.99"), decimal(read.rows().get(0), "d", 2));
    }

    @Test
    void timestampsAreInt96OfTheUtcInstantByDefault() throws Exception {
        Timestamp withNanos = new Timestamp(AT);
        withNanos.setNanos(123_456_789);
        DateColumn nanosColumn = new DateColumn(withNanos.getTime());
        nanosColumn.setNanos(withNanos.getNanos());
        ParquetRows read = write(columns("[{\"name\":\"t\",\"type\":\"timestamp\"}]"),
                TestRecord.of(new DateColumn(new Date(AT))), TestRecord.of(nanosColumn), TestRecord.of(new LongColumn(-1L)),
                TestRecord.of(new DateColumn((Long) null)));
        assertEquals(PrimitiveType.PrimitiveTypeName.INT96, read.schema().getType("t").asPrimitiveType().getPrimitiveTypeName());
        assertEquals(LocalDateTime.ofEpochSecond(1_700_000_000L, 123_000_000, ZoneOffset.UTC), Int96.decode(read.rows().get(0).getInt96("t", 0)));
        assertEquals(LocalDateTime.ofEpochSecond(1_700_000_000L, 123_456_789, ZoneOffset.UTC), Int96.decode(read.rows().get(1).getInt96("t", 0)));
        assertEquals(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_000_000), Int96.decode(read.rows().get(2).getInt96("t", 0)));
        assertEquals(0, read.rows().get(3).getFieldRepetitionCount("t"));
    }

    @Test
    void parquetUtcTimestampWritesTheJvmZonesWallClock() throws Exception {
        ParquetRows read = write(columns("[{\"name\":\"t\",\"type\":\"timestamp\"}]").with("parquetUtcTimestamp", true),
                TestRecord.of(new DateColumn(new Date(AT))));
        assertEquals(LocalDateTime.ofInstant(new Date(AT).toInstant(), ZoneId.systemDefault()), Int96.decode(read.rows().get(0).getInt96("t", 0)));
    }

    @Test
    void parquetTimestampTypeWritesInt64MillisOrMicrosOfUtc() throws Exception {
        DateColumn micros = new DateColumn(AT);
        micros.setNanos(123_456_000);
        ParquetRows millis = write(columns("[{\"name\":\"t\",\"type\":\"timestamp\"}]").with("parquetTimestampType", "millis"),
                TestRecord.of(new DateColumn(new Date(AT))));
        assertEquals(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS),
                millis.schema().getType("t").getLogicalTypeAnnotation());
        assertEquals(AT, millis.rows().get(0).getLong("t", 0));
        ParquetRows read = write(columns("[{\"name\":\"t\",\"type\":\"timestamp\"}]").with("parquetTimestampType", "micros"),
                TestRecord.of(micros), TestRecord.of(new LongColumn(AT)));
        assertEquals(1_700_000_000_123_456L, read.rows().get(0).getLong("t", 0));
        assertEquals(AT * 1000, read.rows().get(1).getLong("t", 0));
    }

    @Test
    void datesAreDaysOfTheJvmZoneAndSmallIntegersCarryTheirAnnotations() throws Exception {
        ParquetRows read = write(columns("[{\"name\":\"d\",\"type\":\"date\"},{\"name\":\"t\",\"type\":\"tinyint\"},{\"name\":\"s\",\"type\":\"smallint\"}]"),
                TestRecord.of(new DateColumn(new Date(AT)), new LongColumn(-128L), new StringColumn("32767")));
        Group row = read.rows().get(0);
        assertEquals(LocalDate.ofInstant(new Date(AT).toInstant(), ZoneId.systemDefault()).toEpochDay(), row.getInteger("d", 0));
        assertEquals(LogicalTypeAnnotation.dateType(), read.schema().getType("d").getLogicalTypeAnnotation());
        assertEquals(-128, row.getInteger("t", 0));
        assertEquals(LogicalTypeAnnotation.intType(8, true), read.schema().getType("t").getLogicalTypeAnnotation());
        assertEquals(32767, row.getInteger("s", 0));
        assertEquals(LogicalTypeAnnotation.intType(16, true), read.schema().getType("s").getLogicalTypeAnnotation());
    }

    @Test
    void valuesOutsideASmallIntegerAreDirty() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = columns("[{\"name\":\"t\",\"type\":\"tinyint\"}]").parse().writers().open(out, "x.parquet", 1 << 20);
        assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new LongColumn(128L))));
        assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new DoubleColumn(1.5))));
        writer.finish();
    }

    @Test
    void binaryKeepsRawBytesAndStringsTheirUtf8() throws Exception {
        ParquetRows read = write(columns("[{\"name\":\"b\",\"type\":\"binary\"},{\"name\":\"s\",\"type\":\"string\"}]"),
                TestRecord.of(new BytesColumn(new byte[] {0, -1, 10}), new StringColumn("é")),
                TestRecord.of(new StringColumn("text"), new BytesColumn("é".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertArrayEquals(new byte[] {0, -1, 10}, read.rows().get(0).getBinary("b", 0).getBytes());
        assertEquals("é", read.rows().get(0).getString("s", 0));
        assertEquals("text", read.rows().get(1).getString("b", 0));
        assertEquals("é", read.rows().get(1).getString("s", 0));
    }

    private static final String NESTED = "message m { optional int64 id;"
            + " optional group address { optional binary city (STRING); optional int32 zip; optional group geo { optional double lat; } }"
            + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
            + " optional group scores (MAP) { repeated group key_value { required binary key (STRING); optional int64 value; } }"
            + " optional group points (LIST) { repeated group list { optional group element { optional int32 x; optional int96 at; } } }"
            + " optional group amounts (MAP) { repeated group key_value { required binary key (STRING); optional fixed_len_byte_array(5) value (DECIMAL(10,2)); } }"
            + " }";

    private static Column text(String value) {
        return new StringColumn(value);
    }

    @Test
    void nestedGroupsListsAndMapsAreFilledFromJson() throws Exception {
        ParquetRows read = write(Params.minimal().with("fileFormat", "parquet").with("parquetSchema", NESTED),
                TestRecord.of(new LongColumn(1L), text("{\"city\":\"杭州\",\"zip\":310000,\"geo\":{\"lat\":30.25}}"),
                        text("[\"a\",null,\"c\"]"), text("{\"x\":1,\"y\":null}"),
                        text("[{\"x\":5,\"at\":1700000000123},null]"), text("{\"p\":\"12.345\",\"q\":-3}")),
                TestRecord.of(new LongColumn(2L), text("{\"zip\":1}"), text("[]"), text("{}"), new StringColumn(null), new StringColumn(null)));
        Group first = read.rows().get(0);
        Group address = first.getGroup("address", 0);
        assertEquals("杭州", address.getString("city", 0));
        assertEquals(310000, address.getInteger("zip", 0));
        assertEquals(30.25, address.getGroup("geo", 0).getDouble("lat", 0));
        Group tags = first.getGroup("tags", 0);
        assertEquals(3, tags.getFieldRepetitionCount("list"));
        assertEquals("a", tags.getGroup("list", 0).getString("element", 0));
        assertEquals(0, tags.getGroup("list", 1).getFieldRepetitionCount("element"));
        assertEquals("c", tags.getGroup("list", 2).getString("element", 0));
        Group scores = first.getGroup("scores", 0);
        assertEquals(2, scores.getFieldRepetitionCount("key_value"));
        assertEquals("x", scores.getGroup("key_value", 0).getString("key", 0));
        assertEquals(1L, scores.getGroup("key_value", 0).getLong("value", 0));
        assertEquals("y", scores.getGroup("key_value", 1).getString("key", 0));
        assertEquals(0, scores.getGroup("key_value", 1).getFieldRepetitionCount("value"));
        Group points = first.getGroup("points", 0);
        assertEquals(2, points.getFieldRepetitionCount("list"));
        Group point = points.getGroup("list", 0).getGroup("element", 0);
        assertEquals(5, point.getInteger("x", 0));
        assertEquals(LocalDateTime.ofEpochSecond(1_700_000_000L, 123_000_000, ZoneOffset.UTC), Int96.decode(point.getInt96("at", 0)));
        assertEquals(0, points.getGroup("list", 1).getFieldRepetitionCount("element"));
        Group amounts = first.getGroup("amounts", 0);
        assertEquals(new BigDecimal("12.35"), decimal(amounts.getGroup("key_value", 0), "value", 2));
        assertEquals(new BigDecimal("-3.00"), decimal(amounts.getGroup("key_value", 1), "value", 2));

        Group second = read.rows().get(1);
        assertEquals(0, second.getGroup("address", 0).getFieldRepetitionCount("city"));
        assertEquals(0, second.getGroup("tags", 0).getFieldRepetitionCount("list"));
        assertEquals(0, second.getGroup("scores", 0).getFieldRepetitionCount("key_value"));
        assertEquals(0, second.getFieldRepetitionCount("points"));
    }

    @Test
    void jsonThatDoesNotFitTheGroupIsADirtyRecord() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = Params.minimal().with("fileFormat", "parquet").with("parquetSchema", NESTED).parse().writers()
                .open(out, "x.parquet", 1 << 20);
        assertThrows(RuntimeException.class, () -> writer.write(TestRecord.of(new LongColumn(1L), text("not json"))));
        assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new LongColumn(1L), text("[1]"))));
        assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new LongColumn(1L), text("{\"zip\":\"x\"}"))));
        assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new LongColumn(1L), text("{}"), text("{\"a\":1}"))));
        writer.write(TestRecord.of(new LongColumn(9L)));
        writer.finish();
        ParquetRows read = ParquetRows.read(out.toByteArray());
        assertEquals(1, read.rows().size());
        assertEquals(9L, read.rows().get(0).getLong("id", 0));
    }
}
