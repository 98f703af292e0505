package io.ots2oss.osswriter.format.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.DateColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.support.Int96;
import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.ParquetRows;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

class ParquetRecordWriterTest {
    private static final String COLUMNS = "[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"name\",\"type\":\"string\"},"
            + "{\"name\":\"score\",\"type\":\"double\"},{\"name\":\"ok\",\"type\":\"boolean\"},{\"name\":\"raw\",\"type\":\"bytes\"},"
            + "{\"name\":\"at\",\"type\":\"timestamp\"},{\"name\":\"small\",\"type\":\"int\"}]";

    private static RecordWriterProvider format(String codec) {
        return Params.minimal().with("fileFormat", "parquet").with("compress", codec).withJson("column", COLUMNS).parse().writers();
    }

    private static TestRecord row(long i) {
        return TestRecord.of(new LongColumn(i), new StringColumn("名前" + i), new DoubleColumn(i / 2.0), new BoolColumn(i % 2 == 0),
                new BytesColumn(new byte[] {(byte) i, 0}), new DateColumn(new Date(1_700_000_000_000L + i)), new LongColumn(i * 3));
    }

    /** {@code rows} rows, then one whose columns are all null. */
    private static byte[] write(String codec, int rows) throws Exception {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            records.add(row(i));
        }
        records.add(TestRecord.of(new LongColumn((Long) null), new StringColumn(null)));
        return MemoryObject.written(format(codec), "x.parquet", records).toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uncompressed", "snappy", "gzip", "zstd", "lz4"})
    void standardReaderReadsEveryTypeBack(String codec) throws Exception {
        ParquetRows read = ParquetRows.read(write(codec, 1000));
        assertEquals(1001, read.rows().size());
        Group g = read.rows().get(7);
        assertEquals(7L, g.getLong("id", 0));
        assertEquals("名前7", g.getString("name", 0));
        assertEquals(3.5, g.getDouble("score", 0));
        assertFalse(g.getBoolean("ok", 0));
        assertEquals(7, g.getBinary("raw", 0).getBytes()[0]);
        assertEquals(LocalDateTime.ofEpochSecond(1_700_000_000L, 7_000_000, ZoneOffset.UTC), Int96.decode(g.getInt96("at", 0)));
        assertEquals(21, g.getInteger("small", 0));
        Group nulls = read.rows().get(1000);
        assertEquals(0, nulls.getFieldRepetitionCount("id"));
        assertEquals(0, nulls.getFieldRepetitionCount("score"));
        assertEquals(codec.equals("lz4") ? CompressionCodecName.LZ4_RAW : CompressionCodecName.fromConf(codec.equals("uncompressed") ? null : codec),
                read.footer().getBlocks().get(0).getColumns().get(0).getCodec());
    }

    @Test
    void valueThatDoesNotConvertIsRejectedBeforeWriting() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = format("snappy").open(out, "x.parquet", 1 << 20);
        writer.write(row(1));
        assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new StringColumn("not a number"))));
        writer.write(row(2));
        writer.finish();
        ParquetRows read = ParquetRows.read(out.toByteArray());
        assertEquals(2, read.rows().size());
        assertEquals("名前2", new String(read.rows().get(1).getBinary("name", 0).getBytes(), StandardCharsets.UTF_8));
    }
}
