package io.ots2oss.osswriter.format.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DateColumn;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.support.MemoryObject;
import io.ots2oss.osswriter.support.Params;
import io.ots2oss.osswriter.support.TestRecord;

/** {@code fileFormat: sql}: one INSERT statement per record, as upstream's SQL writer. */
class SqlFormatTest {

    private static Params sql() {
        return Params.minimal().with("fileFormat", "sql").with("table", "orders").with("quoteChar", "`")
                .with("lineDelimiter", "\n").withJson("header", "[\"id\",\"name\"]");
    }

    private static byte[] bytes(Params params, Column[]... rows) throws Exception {
        TestRecord[] records = new TestRecord[rows.length];
        for (int i = 0; i < rows.length; i++) {
            records[i] = TestRecord.of(rows[i]);
        }
        return MemoryObject.written(params, records).toByteArray();
    }

    private static String write(Params params, Column[]... rows) throws Exception {
        return new String(bytes(params, rows), StandardCharsets.UTF_8);
    }

    private static Column[] row(Column... columns) {
        return columns;
    }

    @Test
    void oneInsertPerRecordWithQuotedIdentifiersAndStringLiterals() throws Exception {
        assertEquals("INSERT INTO `orders` (`id`,`name`) VALUES('1','a');\nINSERT INTO `orders` (`id`,`name`) VALUES('2','b');\n",
                write(sql(), row(new LongColumn(1L), new StringColumn("a")), row(new LongColumn(2L), new StringColumn("b"))));
    }

    @Test
    void singleQuotesInValuesAreDoubledAndNothingElseIsEscaped() throws Exception {
        assertEquals("INSERT INTO `orders` (`id`,`name`) VALUES('it''s','c:\\x\nnext');\n",
                write(sql(), row(new StringColumn("it's"), new StringColumn("c:\\x\nnext"))));
    }

    @Test
    void nullIsNullEvenWithoutNullFormat() throws Exception {
        assertEquals("INSERT INTO `orders` (`id`,`name`) VALUES(NULL,'\\N');\n",
                write(sql(), row(new LongColumn((Long) null), new StringColumn("\\N"))));
    }

    @Test
    void aValueEqualToAnExplicitNullFormatIsNullAsUpstream() throws Exception {
        assertEquals("INSERT INTO `orders` (`id`,`name`) VALUES(NULL,NULL);\n",
                write(sql().with("nullFormat", "\\N"), row(new LongColumn((Long) null), new StringColumn("\\N"))));
    }

    @Test
    void quoteCharInsideANameIsDoubled() throws Exception {
        assertEquals("INSERT INTO \"my\"\"t\" (\"a\",\"b\") VALUES('1','2');\n", write(sql().with("table", "my\"t").with("quoteChar", "\"")
                .withJson("header", "[\"a\",\"b\"]"), row(new LongColumn(1L), new LongColumn(2L))));
    }

    @Test
    void valuesAreRenderedAsForText() throws Exception {
        String text = write(sql().with("dateFormat", "yyyy").withJson("header", "[\"a\",\"b\",\"c\"]"),
                row(new DoubleColumn(1.5), new BoolColumn(true), new DateColumn(new Date(1_700_000_000_000L))));
        assertEquals("INSERT INTO `orders` (`a`,`b`,`c`) VALUES('1.5','true','2023');\n", text);
    }

    @Test
    void recordOfOtherWidthIsRefusedBeforeAnythingIsWritten() throws Exception {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = sql().parse().writers().open(out, "x", 1 << 20);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(TestRecord.of(new LongColumn(1L))));
        assertTrue(e.getMessage().contains("1 columns") && e.getMessage().contains("header"), e.getMessage());
        writer.write(TestRecord.of(new LongColumn(2L), new StringColumn("ok")));
        writer.finish();
        assertEquals("INSERT INTO `orders` (`id`,`name`) VALUES('2','ok');\n", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void encodingAndCrLfApply() throws Exception {
        byte[] expected = "INSERT INTO `orders` (`id`,`name`) VALUES('1','中文');\r\n".getBytes(Charset.forName("GBK"));
        assertEquals(new String(expected, Charset.forName("GBK")), new String(bytes(sql().with("encoding", "GBK").with("lineDelimiter", "\r\n"),
                row(new LongColumn(1L), new StringColumn("中文"))), Charset.forName("GBK")));
    }

    @Test
    void namesEndInSqlAndCompressionAsText() {
        WriterConfig config = sql().with("compress", "gzip").parse();
        assertEquals("sql", config.writers().fileFormat());
        assertEquals(".sql.gz", config.templateExtension());
        assertEquals(".gz", config.nameExtension());
        assertTrue(sql().with("writeSingleObject", true).with("writeMode", "truncate").parse().writeSingleObject());
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "quoteChar", "header"})
    void requiredKeyIsNamedWhenMissing(String key) {
        ConfigError e = assertThrows(ConfigError.class, () -> sql().without(key).parse());
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains("'" + key + "'") && e.getMessage().contains("sql"), e.getMessage());
    }

    @Test
    void emptyHeaderIsRefused() {
        assertEquals("header", assertThrows(ConfigError.class, () -> sql().withJson("header", "[]").parse()).key());
    }
}
