package io.ots2oss.osswriter.format;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.format.csv.CsvFormat;
import io.ots2oss.osswriter.format.orc.OrcFormat;
import io.ots2oss.osswriter.format.parquet.ParquetFormat;
import io.ots2oss.osswriter.format.sql.SqlFormat;
import io.ots2oss.osswriter.format.text.TextFormat;

/** The registry of formats by their {@code fileFormat} values: adding a format is one line here and its own package. */
public final class OutputFormats {
    private static final String DEFAULT = "text";
    private static final Map<String, OutputFormat> BY_NAME = new LinkedHashMap<String, OutputFormat>();

    static {
        BY_NAME.put("text", new TextFormat());
        // The Tablestore documentation of this job (DataWorks script mode) lists "txt".
        BY_NAME.put("txt", BY_NAME.get("text"));
        BY_NAME.put("csv", new CsvFormat());
        BY_NAME.put("sql", new SqlFormat());
        BY_NAME.put("parquet", new ParquetFormat());
        BY_NAME.put("orc", new OrcFormat());
    }

    private OutputFormats() {
    }

    /** The provider of the format {@code fileFormat} names (case-insensitive; {@code text} when unset). */
    public static RecordWriterProvider configure(KeyReader params, FormatConfig shared) {
        String value = params.text(Keys.FILE_FORMAT);
        OutputFormat format = BY_NAME.get(value == null ? DEFAULT : value.toLowerCase(Locale.ROOT));
        if (format == null) {
            throw ConfigError.illegal(Keys.FILE_FORMAT, value, "one of " + String.join(", ", BY_NAME.keySet()));
        }
        return format.configure(params, shared);
    }
}
