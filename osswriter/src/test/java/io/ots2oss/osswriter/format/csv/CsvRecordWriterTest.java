package io.ots2oss.osswriter.format.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

class CsvRecordWriterTest {

    private static String csv(Params params, Column... columns) throws Exception {
        return new String(csvBytes(params, columns), StandardCharsets.UTF_8);
    }

    private static byte[] csvBytes(Params params, Column... columns) throws Exception {
        return MemoryObject.written(params.with("fileFormat", "csv"), TestRecord.of(columns)).toByteArray();
    }

    private static Params lf() {
        return Params.minimal().with("lineDelimiter", "\n");
    }

    @Test
    void plainValuesAreNotQuoted() throws Exception {
        assertEquals("1,abc\n", csv(lf(), new LongColumn(1L), new StringColumn("abc")));
    }

    @Test
    void delimiterInValueIsQuoted() throws Exception {
        assertEquals("\"a,b\"\n", csv(lf(), new StringColumn("a,b")));
    }

    @Test
    void quoteInValueIsDoubled() throws Exception {
        assertEquals("\"say \"\"hi\"\"\"\n", csv(lf(), new StringColumn("say \"hi\"")));
    }

    @Test
    void lineFeedInValueIsQuoted() throws Exception {
        assertEquals("\"a\nb\"\n", csv(lf(), new StringColumn("a\nb")));
    }

    @Test
    void carriageReturnInValueIsQuoted() throws Exception {
        assertEquals("\"a\rb\"\n", csv(lf(), new StringColumn("a\rb")));
    }

    @Test
    void aValueHoldingANonAsciiFieldDelimiterIsQuotedAndOtherNonAsciiTextIsNot() throws Exception {
        assertEquals("\"a¦b\"¦中文\n", csv(lf().with("fieldDelimiter", "¦"),
                new StringColumn("a¦b"), new StringColumn("中文")));
    }

    @Test
    void longsAreWrittenAsDataXRendersThem() throws Exception {
        assertEquals("-7,0,1733368000000,9223372036854775807,-9223372036854775808\n", csv(lf(), new LongColumn(-7L),
                new LongColumn(0L), new LongColumn(1_733_368_000_000L), new LongColumn(Long.MAX_VALUE), new LongColumn(Long.MIN_VALUE)));
    }

    @Test
    void aNegativeLongIsStillQuotedWhenTheFieldDelimiterIsAMinusSign() throws Exception {
        assertEquals("\"-7\"-12\n", csv(lf().with("fieldDelimiter", "-"), new LongColumn(-7L), new LongColumn(12L)));
    }

    @Test
    void leadingAndTrailingSpacesAreKept() throws Exception {
        assertEquals("  a  , b\n", csv(lf(), new StringColumn("  a  "), new StringColumn(" b")));
    }

    @Test
    void emptyStringDiffersFromNull() throws Exception {
        assertEquals("\"\",\n", csv(lf().with("nullFormat", ""), new StringColumn(""), new StringColumn(null)));
    }

    @Test
    void nullIsWrittenAsLiteralNullByDefault() throws Exception {
        assertEquals("null,1\n", csv(lf(), new StringColumn(null), new LongColumn(1L)));
    }

    @Test
    void crlfLineDelimiterIsWrittenWhole() throws Exception {
        assertEquals("a,b\r\nc\r\n", csv(Params.minimal().with("lineDelimiter", "\r\n").withJson("header", "[\"a\",\"b\"]"), new StringColumn("c")));
    }

    @Test
    void otherFieldDelimiterDecidesQuoting() throws Exception {
        assertEquals("a,b;\"c;d\"\n", csv(lf().with("fieldDelimiter", ";"), new StringColumn("a,b"), new StringColumn("c;d")));
    }

    @Test
    void headerIsEscapedLikeData() throws Exception {
        assertEquals("\"id,x\",name\n1\n", csv(lf().withJson("header", "[\"id,x\",\"name\"]"), new LongColumn(1L)));
    }

    @Test
    void nonAsciiIsEncodedInGbk() throws Exception {
        Charset gbk = Charset.forName("GBK");
        byte[] expected = "中文,\"引号\"\"\"\n".getBytes(gbk);
        assertArrayEquals(expected, csvBytes(lf().with("encoding", "GBK"), new StringColumn("中文"), new StringColumn("引号\"")));
    }

    @Test
    void longValuesSpanningBuffersAreIntact() throws Exception {
        String big = "x".repeat(40_000) + "😀" + "y".repeat(40_000);
        assertEquals(big + "\n", csv(lf(), new StringColumn(big)));
    }
}
