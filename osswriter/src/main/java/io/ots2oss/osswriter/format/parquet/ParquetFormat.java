package io.ots2oss.osswriter.format.parquet;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.format.OutputFormat;
import io.ots2oss.osswriter.format.RecordWriterProvider;

/**
 * {@code fileFormat: parquet}: the schema from {@code parquetSchema} or {@code column}, page codec from {@code compress},
 * timestamp encoding from {@code parquetTimestampType} and {@code parquetUtcTimestamp}.
 */
public final class ParquetFormat implements OutputFormat {
    @Override
    public RecordWriterProvider configure(KeyReader params, FormatConfig shared) {
        ParquetCodec codec = ParquetCodec.parse(Keys.COMPRESS, params.text(Keys.COMPRESS));
        ParquetTimestamp timestamps = params.choice(Keys.PARQUET_TIMESTAMP_TYPE, ParquetTimestamp.values(), ParquetTimestamp.INT96,
                "one of int96, millis, micros");
        String schema = ParquetSchemas.resolve(params.text(Keys.PARQUET_SCHEMA), params, timestamps);
        ParquetOptions options = new ParquetOptions(params.bool(Keys.PARQUET_UTC_TIMESTAMP, false), shared.dateFormat());
        return new ParquetWriters(schema, codec, options);
    }
}
