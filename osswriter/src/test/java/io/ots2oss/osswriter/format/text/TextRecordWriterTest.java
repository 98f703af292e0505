package io.ots2oss.osswriter.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;

import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DateColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

class TextRecordWriterTest {

    private static String text(Params params, Column... columns) throws Exception {
        MemoryObject out = MemoryObject.written(params, TestRecord.of(columns));
        assertTrue(out.closed());
        return out.utf8();
    }

    private static Params lf() {
        return Params.minimal().with("lineDelimiter", "\n");
    }

    @Test
    void fieldsAreJoinedWithoutEscaping() throws Exception {
        assertEquals("a,b,c\"d\n", text(lf(), new StringColumn("a,b"), new StringColumn("c\"d")));
    }

    @Test
    void multiCharacterFieldDelimiter() throws Exception {
        assertEquals("1||2\n", text(lf().with("fieldDelimiter", "||"), new LongColumn(1L), new LongColumn(2L)));
    }

    @Test
    void numbersAndBooleansRenderPlain() throws Exception {
        assertEquals("-7,100000000000000000000,0.1,true\n",
                text(lf(), new LongColumn(-7L), new DoubleColumn(1e20), new DoubleColumn(0.1), new BoolColumn(true)));
    }

    @Test
    void datesUseDateFormat() throws Exception {
        SimpleDateFormat parse = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        DateColumn date = new DateColumn(parse.parse("2024-01-02 03:04:05"));
        assertEquals("20240102 030405\n", text(lf().with("dateFormat", "yyyyMMdd HHmmss"), date));
    }

    @Test
    void bytesAsBase64() throws Exception {
        assertEquals("AP8=\n", text(lf().with("byteEncoding", "base64"), new BytesColumn(new byte[] {0, (byte) 0xff})));
    }

    @Test
    void bytesAsTextByDefault() throws Exception {
        assertEquals("hi\n", text(lf(), new BytesColumn("hi".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void nullUsesNullFormat() throws Exception {
        assertEquals("\\N,x\n", text(lf().with("nullFormat", "\\N"), new LongColumn((Long) null), new StringColumn("x")));
    }

    @Test
    void headerIsWrittenFirst() throws Exception {
        assertEquals("id\tname\r\n1\tn\r\n", text(Params.minimal().with("fieldDelimiter", "\t").with("lineDelimiter", "\r\n")
                .withJson("header", "[\"id\",\"name\"]"), new LongColumn(1L), new StringColumn("n")));
    }
}
