package io.ots2oss.osswriter.format.orc;

import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.format.OutputFormat;
import io.ots2oss.osswriter.format.RecordWriterProvider;

/** {@code fileFormat: orc}: the struct type from {@code column} (Hive type names), stream codec from {@code compress}. */
public final class OrcFormat implements OutputFormat {
    @Override
    public RecordWriterProvider configure(KeyReader params, FormatConfig shared) {
        OrcCodec codec = OrcCodec.parse(Keys.COMPRESS, params.text(Keys.COMPRESS));
        return new OrcWriters(OrcSchemas.resolve(params), codec);
    }
}
