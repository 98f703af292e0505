package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.osswriter.support.ParquetRows;
import io.ots2oss.testkit.JobResult;

/** Parquet through the packaged plugin: its class loader has no Hadoop, so this also proves the plugin needs none. */
class ParquetIT extends WriterJobTestBase {
    @Test
    void typedColumnsReadBackWithAStandardReader() throws Exception {
        for (String codec : new String[] {"snappy", "zstd", "gzip", "uncompressed"}) {
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
            assertEquals(1700000000123L, first.getLong("at", 0));
            assertEquals(0, rows.rows().get(1).getFieldRepetitionCount("id"));
            assertEquals(CompressionCodecName.valueOf(codec.toUpperCase()), rows.footer().getBlocks().get(0).getColumns().get(0).getCodec());
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
}
