package io.ots2oss.osswriter.format.csv;

import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.format.OutputFormat;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.format.TextualProvider;

/** {@code fileFormat: csv}: RFC 4180 records, or the dialect {@code csvWriterConfig} describes. */
public final class CsvFormat implements OutputFormat {
    @Override
    public RecordWriterProvider configure(KeyReader params, final FormatConfig shared) {
        final CsvDialect dialect = CsvDialect.parse(params, shared);
        return TextualProvider.configure("csv", ".csv", params, !shared.header().isEmpty(),
                (stream, counter) -> new CsvRecordWriter(stream, counter, shared, dialect));
    }
}
