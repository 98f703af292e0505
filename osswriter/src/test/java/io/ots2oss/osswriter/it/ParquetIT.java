package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.osswriter.support.Int96;
import io.ots2oss.osswriter.support.ParquetRows;
import io.ots2oss.testkit.JobResult;

/** Parquet through the packaged plugin: its class loader has no Hadoop, so this also proves the plugin needs none. */
class ParquetIT extends WriterJobTestBase {
    @Test
    void typedColumnsReadBackWithAStandardReader() throws Exception {
        for (String codec : new String[] {"snappy", "zstd", "gzip", "lz4", "uncompressed"}) {
            JSONObject writer = fixture.writer();
            writer.put("object", "pq/" + codec);
            writer.put("fileFormat", "parquet");
            writer.put("compress", codec);
            writer.put("column", JSON.parseArray("[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"name\",\"type\":\"string\"},"
                    + "{\"name\":\"score\",\"type\":\"double\"},{\"name\":\"ok\",\"type\":\"boolean\"},{\"name\":\"raw\",\"type\":\"bytes\"},"
                    + "{\"name\":\"at\",\"type\":\"timestamp\"}]"));
            JSONObject reader = JSON.parseObject("{\"sliceCount\":1,\"rows\":["
                    + "[{\"type\":\"LONG\",\"value\":\"42\"},{\"type\":\"STRING\",\"value\":\"名前\"},{\"type\":\"DOUBLE\",\"value\":\"2.5\"},"
                    + "{\"type\":\"BOOL\",\"value\":\"true\"},{\"type\":\"BYTES\",\"value\":\"AQI=\"},{\"type\":\"DATE\",\"value\":\"1700000000123\"}],"
                    + "[{\"type\":\"LONG\",\"value\":null},{\"type\":\"STRING\",\"value\":null},{\"type\":\"DOUBLE\",\"value\":null},"
                    + "{\"type\":\"BOOL\",\"value\":null},{\"type\":\"BYTES\",\"value\":null},{\"type\":\"DATE\",\"value\":null}]]}");
            JobResult result = fixture.run(reader, writer, 1);
            assertTrue(result.succeeded(), result.failureMessage());
            List<String> keys = fixture.keys("pq/" + codec);
            assertEquals(1, keys.size());
            assertTrue(keys.get(0).endsWith(".parquet"), keys.get(0));
            ParquetRows rows = ParquetRows.read(fixture.bytes(keys.get(0)));
            assertEquals(2, rows.rows().size());
            Group first = rows.rows().get(0);
            assertEquals(42L, first.getLong("id", 0));
            assertEquals("名前", first.getString("name", 0));
            assertEquals(2.5, first.getDouble("score", 0));
            assertTrue(first.getBoolean("ok", 0));
            assertEquals(LocalDateTime.ofEpochSecond(1_700_000_000L, 123_000_000, ZoneOffset.UTC), Int96.decode(first.getInt96("at", 0)));
            assertEquals(0, rows.rows().get(1).getFieldRepetitionCount("id"));
            assertEquals(codec.equals("lz4") ? CompressionCodecName.LZ4_RAW : CompressionCodecName.valueOf(codec.toUpperCase()),
                    rows.footer().getBlocks().get(0).getColumns().get(0).getCodec());
        }
    }

    @Test
    void recordThatDoesNotFitIsDirtyAndTheRestIsWritten() throws Exception {
        JSONObject writer = fixture.writer();
        writer.put("fileFormat", "parquet");
        writer.put("parquetSchema", "message m { optional int64 id; }");
        JSONObject reader = JSON.parseObject("{\"sliceCount\":1,\"rows\":[[{\"type\":\"LONG\",\"value\":\"1\"}],"
                + "[{\"type\":\"STRING\",\"value\":\"oops\"}],[{\"type\":\"LONG\",\"value\":\"3\"}]]}");
        JobResult result = fixture.run(reader, writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(1, result.dirtyRecords());
        ParquetRows rows = ParquetRows.read(fixture.bytes(fixture.keys("out/").get(0)));
        assertEquals(2, rows.rows().size());
        assertEquals(3L, rows.rows().get(1).getLong("id", 0));
    }

    @Test
    void upstreamTypeNamesAndNestedJsonColumnsReadBack() throws Exception {
        JSONObject writer = fixture.writer();
        writer.put("object", "typed");
        writer.put("fileFormat", "parquet");
        writer.put("compress", "snappy");
        writer.put("column", JSON.parseArray("[{\"name\":\"amount\",\"type\":\"decimal(12,3)\"},{\"name\":\"day\",\"type\":\"date\"},"
                + "{\"name\":\"tiny\",\"type\":\"tinyint\"},{\"name\":\"at\",\"type\":\"timestamp\"}]"));
        JSONObject reader = JSON.parseObject("{\"sliceCount\":1,\"rows\":[[{\"type\":\"STRING\",\"value\":\"-42.0005\"},"
                + "{\"type\":\"DATE\",\"value\":\"1700000000123\"},{\"type\":\"LONG\",\"value\":\"-7\"},{\"type\":\"DATE\",\"value\":\"1700000000123\"}]]}");
        JobResult result = fixture.run(reader, writer, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        Group row = ParquetRows.read(fixture.bytes(fixture.keys("typed").get(0))).rows().get(0);
        assertEquals(new BigDecimal("-42.001"), new BigDecimal(new BigInteger(row.getBinary("amount", 0).getBytes()), 3));
        assertEquals(LocalDate.ofInstant(new Date(1700000000123L).toInstant(), ZoneId.systemDefault()).toEpochDay(), row.getInteger("day", 0));
        assertEquals(-7, row.getInteger("tiny", 0));
        assertEquals(LocalDateTime.ofEpochSecond(1_700_000_000L, 123_000_000, ZoneOffset.UTC), Int96.decode(row.getInt96("at", 0)));

        JSONObject nested = fixture.writer();
        nested.put("object", "nested");
        nested.put("fileFormat", "parquet");
        nested.put("parquetSchema", "message m { optional int64 id; optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
                + " optional group attrs (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } } }");
        reader = JSON.parseObject("{\"sliceCount\":1,\"rows\":[[{\"type\":\"LONG\",\"value\":\"1\"},"
                + "{\"type\":\"STRING\",\"value\":\"[\\\"a\\\",\\\"b\\\"]\"},{\"type\":\"STRING\",\"value\":\"{\\\"k\\\":5}\"}]]}");
        result = fixture.run(reader, nested, 1);
        assertTrue(result.succeeded(), result.failureMessage());
        row = ParquetRows.read(fixture.bytes(fixture.keys("nested").get(0))).rows().get(0);
        assertEquals("b", row.getGroup("tags", 0).getGroup("list", 1).getString("element", 0));
        assertEquals("k", row.getGroup("attrs", 0).getGroup("key_value", 0).getString("key", 0));
        assertEquals(5, row.getGroup("attrs", 0).getGroup("key_value", 0).getInteger("value", 0));
    }

    @Test
    void timestampKeysThroughThePlugin() throws Exception {
        JSONObject reader = JSON.parseObject("{\"sliceCount\":1,\"rows\":[[{\"type\":\"DATE\",\"value\":\"1700000000123\"}]]}");
        JSONObject micros = fixture.writer();
        micros.put("object", "micros");
        micros.put("fileFormat", "parquet");
        micros.put("parquetTimestampType", "micros");
        micros.put("column", JSON.parseArray("[{\"name\":\"at\",\"type\":\"timestamp\"}]"));
        assertTrue(fixture.run(reader, micros, 1).succeeded());
        assertEquals(1_700_000_000_123_000L, ParquetRows.read(fixture.bytes(fixture.keys("micros").get(0))).rows().get(0).getLong("at", 0));

        JSONObject local = fixture.writer();
        local.put("object", "local");
        local.put("fileFormat", "parquet");
        local.put("parquetUtcTimestamp", true);
        local.put("column", JSON.parseArray("[{\"name\":\"at\",\"type\":\"timestamp\"}]"));
        assertTrue(fixture.run(reader, local, 1).succeeded());
        Group row = ParquetRows.read(fixture.bytes(fixture.keys("local").get(0))).rows().get(0);
        assertEquals(LocalDateTime.ofInstant(new Date(1700000000123L).toInstant(), ZoneId.systemDefault()), Int96.decode(row.getInt96("at", 0)));
    }

    @Test
    void badParquetKeysFailTheJobNamingTheKey() {
        JSONObject reader = JSON.parseObject("{\"sliceCount\":1,\"rows\":[[{\"type\":\"LONG\",\"value\":\"1\"}]]}");
        String[][] cases = {{"parquetTimestampType", "nanos"}, {"parquetUtcTimestamp", "yes"}, {"compress", "lzo"},
            {"parquetSchema", "message m { optional group tags (LIST) { optional binary element; } }"}};
        for (String[] bad : cases) {
            JSONObject writer = fixture.writer();
            writer.put("fileFormat", "parquet");
            writer.put("column", JSON.parseArray("[{\"name\":\"id\",\"type\":\"bigint\"}]"));
            writer.put(bad[0], bad[1]);
            JobResult result = fixture.run(reader, writer, 1);
            assertTrue(!result.succeeded(), bad[0]);
            assertTrue(result.failureMessage().contains(bad[0]), result.failureMessage());
        }
        assertEquals(List.of(), fixture.keys(""));
    }
}
