package io.ots2oss.osswriter.format.sql;

import java.util.List;

import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.format.OutputFormat;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.format.TextualProvider;

/** {@code fileFormat: sql}: one {@code INSERT INTO} statement per record, as upstream's SQL writer. */
public final class SqlFormat implements OutputFormat {
    static final String TABLE = "table";
    static final String QUOTE_CHAR = "quoteChar";

    @Override
    public RecordWriterProvider configure(KeyReader params, final FormatConfig shared) {
        final String table = params.required(TABLE, "the table name the INSERT statements of fileFormat sql write to");
        final String quote = params.required(QUOTE_CHAR, "the identifier quote of fileFormat sql, such as ` for MySQL or \" for PostgreSQL");
        final List<String> columns = shared.header();
        if (columns.isEmpty()) {
            throw params.missing(Keys.HEADER, "the column names of the INSERT statements of fileFormat sql");
        }
        // Only an explicit nullFormat names a text that stands for NULL; real nulls always do.
        final String nullText = params.verbatim(Keys.NULL_FORMAT);
        return TextualProvider.configure("sql", ".sql", params, false,
                (stream, counter) -> new SqlRecordWriter(stream, counter, shared, table, quote, columns, nullText));
    }
}
