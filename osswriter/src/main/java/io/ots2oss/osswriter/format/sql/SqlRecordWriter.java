package io.ots2oss.osswriter.format.sql;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.format.CharRecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/**
 * {@code INSERT INTO "t" ("a","b") VALUES('1',NULL);} per record, as upstream: every value a string literal with
 * {@code '} doubled, identifiers in {@code quoteChar}. A record whose width differs from the column list is refused
 * (a dirty record) before anything of it is written, so every line stays a valid statement.
 */
final class SqlRecordWriter extends CharRecordWriter {
    private static final String NULL = "NULL";

    private final String insertPrefix;
    private final int columns;
    private final String nullText;

    SqlRecordWriter(OutputStream stream, BytesCounter counter, FormatConfig format, String table, String quote,
                    List<String> columnNames, String nullText) {
        super(stream, counter, format);
        this.insertPrefix = insertPrefix(table, quote, columnNames);
        this.columns = columnNames.size();
        this.nullText = nullText;
    }

    private static String insertPrefix(String table, String quote, List<String> columnNames) {
        StringBuilder prefix = new StringBuilder("INSERT INTO ").append(identifier(table, quote)).append(" (");
        for (int i = 0; i < columnNames.size(); i++) {
            prefix.append(i > 0 ? "," : "").append(identifier(columnNames.get(i), quote));
        }
        return prefix.append(") VALUES(").toString();
    }

    /** A quote inside a name is doubled, as SQL (and MySQL for its backtick) reads it. */
    private static String identifier(String name, String quote) {
        return quote + name.replace(quote, quote + quote) + quote;
    }

    /** The column names are part of every statement: there is no separate header line. */
    @Override
    public void writeHeader() {
    }

    @Override
    public void write(Record record) throws IOException {
        if (record.getColumnNumber() != columns) {
            throw new IllegalArgumentException("The record has " + record.getColumnNumber() + " columns but 'header' names "
                    + columns + ", the columns of the INSERT statement");
        }
        sink.append(insertPrefix);
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                sink.append(',');
            }
            appendValue(renderer.render(record.getColumn(i)));
        }
        sink.append(");");
        sink.append(lineDelimiter);
    }

    private void appendValue(String value) throws IOException {
        if (value == null || value.equals(nullText)) {
            sink.append(NULL);
            return;
        }
        sink.append('\'');
        int start = 0;
        int quote;
        while ((quote = value.indexOf('\'', start)) >= 0) {
            sink.append(value.substring(start, quote + 1));
            sink.append('\'');
            start = quote + 1;
        }
        sink.append(start == 0 ? value : value.substring(start));
        sink.append('\'');
    }
}
