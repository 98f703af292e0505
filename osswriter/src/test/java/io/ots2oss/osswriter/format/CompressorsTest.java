package io.ots2oss.osswriter.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;
import com.github.luben.zstd.ZstdInputStream;

import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

class CompressorsTest {

    private static byte[] write(String compress, int rows) throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = Params.minimal().with("fileFormat", "csv").with("lineDelimiter", "\n").with("compress", compress).parse()
                .writers().open(out, "x", 1 << 20);
        writer.writeHeader();
        for (int i = 0; i < rows; i++) {
            writer.write(TestRecord.of(new LongColumn((long) i), new StringColumn("v" + i)));
        }
        writer.finish();
        return out.toByteArray();
    }

    private static String expected(int rows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            text.append(i).append(",v").append(i).append('\n');
        }
        return text.toString();
    }

    private static String read(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void gzipRoundTrips() throws Exception {
        assertEquals(expected(10_000), read(new GZIPInputStream(new ByteArrayInputStream(write("gzip", 10_000)))));
    }

    @Test
    void bzip2RoundTrips() throws Exception {
        assertEquals(expected(10_000), read(new BZip2CompressorInputStream(new ByteArrayInputStream(write("bzip2", 10_000)))));
    }

    @Test
    void zstdRoundTrips() throws Exception {
        assertEquals(expected(10_000), read(new ZstdInputStream(new ByteArrayInputStream(write("zstd", 10_000)))));
    }

    @Test
    void noneIsPlain() throws Exception {
        assertEquals(expected(3), new String(write("none", 3), StandardCharsets.UTF_8));
    }
}
