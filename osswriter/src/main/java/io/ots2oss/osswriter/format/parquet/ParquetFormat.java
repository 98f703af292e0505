package io.ots2oss.osswriter.format.parquet;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.format.OutputFormat;
import io.ots2oss.osswriter.format.RecordWriterProvider;

/** {@code fileFormat: parquet}: the schema from {@code parquetSchema} or {@code column}, page codec from {@code compress}. */
public final class ParquetFormat implements OutputFormat {
    @Override
    public RecordWriterProvider configure(KeyReader params, FormatConfig shared) {
        ParquetCodec codec = ParquetCodec.parse(Keys.COMPRESS, params.text(Keys.COMPRESS));
        String schema = ParquetSchemas.resolve(params.text(Keys.PARQUET_SCHEMA), params.objects(Keys.COLUMN, "a list of {\"name\": ..., \"type\": ...} objects"));
        return new ParquetWriters(schema, codec);
    }
}
