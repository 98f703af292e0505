package io.ots2oss.osswriter.format.csv;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.format.OutputFormat;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.format.TextualProvider;

/** {@code fileFormat: csv}: RFC 4180 records. */
public final class CsvFormat implements OutputFormat {
    @Override
    public RecordWriterProvider configure(KeyReader params, final FormatConfig shared) {
        checkDelimiter(shared.fieldDelimiter());
        return TextualProvider.configure("csv", ".csv", params, (stream, counter) -> new CsvRecordWriter(stream, counter, shared));
    }

    private static void checkDelimiter(String delimiter) {
        if (delimiter.length() != 1) {
            throw ConfigError.illegal(Keys.FIELD_DELIMITER, delimiter, "exactly one character for fileFormat csv");
        }
        if (delimiter.equals("\"") || delimiter.equals("\r") || delimiter.equals("\n")) {
            throw ConfigError.illegal(Keys.FIELD_DELIMITER, delimiter, "a character other than the quote, CR or LF for fileFormat csv");
        }
    }
}
