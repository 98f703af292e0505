package io.ots2oss.osswriter.format.text;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.format.OutputFormat;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.format.TextualProvider;

/** {@code fileFormat: text} (also {@code txt}): values joined by {@code fieldDelimiter}, nothing escaped. */
public final class TextFormat implements OutputFormat {
    @Override
    public RecordWriterProvider configure(KeyReader params, final FormatConfig shared) {
        return TextualProvider.configure("text", ".txt", params, !shared.header().isEmpty(),
                (stream, counter) -> new TextRecordWriter(stream, counter, shared));
    }
}
