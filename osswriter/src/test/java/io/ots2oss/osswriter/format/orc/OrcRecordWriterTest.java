package io.ots2oss.osswriter.format.orc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.orc.CompressionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.DateColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.OrcRows;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

class OrcRecordWriterTest {
    static final String COLUMNS = "[{\"name\":\"t\",\"type\":\"TINYINT\"},{\"name\":\"s\",\"type\":\"SMALLINT\"},{\"name\":\"i\",\"type\":\"INT\"},"
            + "{\"name\":\"b\",\"type\":\"BIGINT\"},{\"name\":\"f\",\"type\":\"FLOAT\"},{\"name\":\"d\",\"type\":\"DOUBLE\"},"
            + "{\"name\":\"ts\",\"type\":\"TIMESTAMP\"},{\"name\":\"dt\",\"type\":\"DATE\"},{\"name\":\"str\",\"type\":\"STRING\"},"
            + "{\"name\":\"vc\",\"type\":\"VARCHAR\"},{\"name\":\"ch\",\"type\":\"CHAR\"},{\"name\":\"ok\",\"type\":\"BOOLEAN\"},"
            + "{\"name\":\"dec\",\"type\":\"DECIMAL(12,3)\"},{\"name\":\"bin\",\"type\":\"BINARY\"},{\"name\":\"v5\",\"type\":\"varchar(5)\"}]";
    static final long AT = 1_700_000_000_123L;

    private static RecordWriterProvider format(String codec) {
        return Params.minimal().with("fileFormat", "orc").with("compress", codec).withJson("column", COLUMNS).parse().writers();
    }

    static TestRecord row(long i) {
        return TestRecord.of(new LongColumn(i % 100), new LongColumn(i % 1000 * 10), new StringColumn(String.valueOf(i * 1000)),
                new LongColumn(i << 33), new DoubleColumn(i / 4.0), new DoubleColumn(i / 3.0), new DateColumn(new Date(AT + i)),
                new DateColumn(new Date(AT)), new StringColumn("名前" + i), new StringColumn("v" + i), new StringColumn("c"),
                new BoolColumn(i % 2 == 0), new StringColumn("12345.6785"), new BytesColumn(new byte[] {(byte) i, 0, -1}),
                new StringColumn("abcdefgh"));
    }

    /** {@code rows} rows, then one whose columns are all null. */
    private static byte[] write(String codec, int rows) throws Exception {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            records.add(row(i));
        }
        records.add(TestRecord.of(new LongColumn((Long) null), new StringColumn(null)));
        return MemoryObject.written(format(codec), "x.orc", records).toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "snappy", "zlib", "zstd", "lz4"})
    void orcReaderReadsEveryTypeBack(String codec) throws Exception {
        OrcRows read = OrcRows.read(write(codec, 3000));
        assertEquals(CompressionKind.valueOf(codec.toUpperCase()), read.reader().getCompressionKind());
        assertEquals("struct<t:tinyint,s:smallint,i:int,b:bigint,f:float,d:double,ts:timestamp,dt:date,str:string,vc:string,"
                + "ch:string,ok:boolean,dec:decimal(12,3),bin:binary,v5:varchar(5)>", read.schema().toString());
        assertEquals(3001, read.rows().size());
        Object[] row = read.rows().get(7);
        assertEquals(7L, row[0]);
        assertEquals(70L, row[1]);
        assertEquals(7000L, row[2]);
        assertEquals(7L << 33, row[3]);
        assertEquals(1.75, row[4]);
        assertEquals(7 / 3.0, row[5]);
        Timestamp ts = (Timestamp) row[6];
        assertEquals(AT + 7, ts.getTime());
        assertEquals(LocalDate.ofInstant(new Date(AT).toInstant(), ZoneId.systemDefault()).toEpochDay(), row[7]);
        assertEquals("名前7", row[8]);
        assertEquals("v7", row[9]);
        assertEquals("c", row[10]);
        assertEquals(0L, row[11]);
        assertEquals(new BigDecimal("12345.679"), row[12]);
        assertArrayEquals(new byte[] {7, 0, -1}, (byte[]) row[13]);
        assertEquals("abcde", row[14]);
        Object[] nulls = read.rows().get(3000);
        for (Object value : nulls) {
            assertNull(value);
        }
    }

    @Test
    void valueThatDoesNotConvertIsRejectedBeforeWriting() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = format("none").open(out, "x.orc", 1 << 20);
        writer.write(row(1));
        TestRecord tooBig = row(2);
        tooBig.setColumn(0, new LongColumn(300L));
        assertThrows(IllegalArgumentException.class, () -> writer.write(tooBig));
        TestRecord fraction = row(3);
        fraction.setColumn(2, new DoubleColumn(1.5));
        assertThrows(IllegalArgumentException.class, () -> writer.write(fraction));
        TestRecord wideDecimal = row(4);
        wideDecimal.setColumn(12, new StringColumn("1234567890.1"));
        assertThrows(IllegalArgumentException.class, () -> writer.write(wideDecimal));
        TestRecord notADate = row(5);
        notADate.setColumn(7, new StringColumn("yesterday"));
        assertThrows(RuntimeException.class, () -> writer.write(notADate));
        writer.write(row(6));
        writer.finish();
        OrcRows read = OrcRows.read(out.toByteArray());
        assertEquals(2, read.rows().size());
        assertEquals(6L, read.rows().get(1)[0]);
    }

    @Test
    void stripesAreFlushedOnceTheyReachTheBlockSize() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = format("none").open(out, "x.orc", 1 << 20);
        for (int i = 0; i < 200_000; i++) {
            writer.write(row(i));
        }
        assertTrue(out.size() > 0, "a full stripe reaches the stream before the file is finished");
        writer.finish();
        assertTrue(OrcRows.read(out.toByteArray()).reader().getStripes().size() > 1);
    }

    @Test
    void objectWithoutRecordsIsAValidEmptyOrcFile() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = format("zstd").open(out, "x.orc", 1 << 20);
        writer.writeHeader();
        writer.finish();
        assertTrue(out.closed());
        OrcRows read = OrcRows.read(out.toByteArray());
        assertEquals(0, read.rows().size());
        assertEquals(15, read.schema().getChildren().size());
    }

    @Test
    void failedStripeWriteNeverClosesTheObject() throws Exception {
        FailingObject out = new FailingObject(100);
        RecordWriter writer = format("none").open(out, "x.orc", 1 << 20);
        assertThrows(Exception.class, () -> {
            for (int i = 0; i < 200_000; i++) {
                writer.write(row(i));
            }
            writer.finish();
        });
        assertTrue(!out.closed, "ORC closes itself when adding rows fails; the object must stay uncommitted for the task to abort");
    }

    /** An object stream whose upload fails once, when {@code limit} bytes were written, and then works again. */
    private static final class FailingObject extends java.io.OutputStream implements io.ots2oss.osswriter.upload.BytesCounter {
        private final int limit;
        private long written;
        private boolean failed;
        private boolean closed;

        FailingObject(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            if (!failed && written + length > limit) {
                failed = true;
                throw new java.io.IOException("upload failed");
            }
            written += length;
        }

        @Override
        public long bytesWritten() {
            return written;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
