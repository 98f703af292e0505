package io.ots2oss.osswriter.config;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.List;

/** How records become bytes: format, delimiters, value rendering, compression and the Parquet schema. */
public final class FormatConfig {
    private final FileFormat fileFormat;
    private final String fieldDelimiter;
    private final String lineDelimiter;
    private final Charset encoding;
    private final String nullFormat;
    private final String dateFormat;
    private final boolean base64Bytes;
    private final List<String> header;
    private final Compression compression;
    private final ParquetCodec parquetCodec;
    private final String parquetSchema;

    public FormatConfig(FileFormat fileFormat, String fieldDelimiter, String lineDelimiter, Charset encoding,
                        String nullFormat, String dateFormat, boolean base64Bytes, List<String> header,
                        Compression compression, ParquetCodec parquetCodec, String parquetSchema) {
        this.fileFormat = fileFormat;
        this.fieldDelimiter = fieldDelimiter;
        this.lineDelimiter = lineDelimiter;
        this.encoding = encoding;
        this.nullFormat = nullFormat;
        this.dateFormat = dateFormat;
        this.base64Bytes = base64Bytes;
        this.header = Collections.unmodifiableList(header);
        this.compression = compression;
        this.parquetCodec = parquetCodec;
        this.parquetSchema = parquetSchema;
    }

    public FileFormat fileFormat() {
        return fileFormat;
    }

    public String fieldDelimiter() {
        return fieldDelimiter;
    }

    public String lineDelimiter() {
        return lineDelimiter;
    }

    public Charset encoding() {
        return encoding;
    }

    public String nullFormat() {
        return nullFormat;
    }

    /** A {@code SimpleDateFormat} pattern, or null to use DataX's own date rendering. */
    public String dateFormat() {
        return dateFormat;
    }

    public boolean base64Bytes() {
        return base64Bytes;
    }

    /** Header cells; empty for no header. */
    public List<String> header() {
        return header;
    }

    public Compression compression() {
        return compression;
    }

    public ParquetCodec parquetCodec() {
        return parquetCodec;
    }

    /** The Parquet message type in Parquet's schema syntax (from {@code parquetSchema} or {@code column}); null for text/CSV. */
    public String parquetSchema() {
        return parquetSchema;
    }

    /** The extension the format and compression imply, with a dot: {@code .csv.gz}, {@code .parquet}. */
    public String impliedExtension() {
        return fileFormat == FileFormat.PARQUET ? fileFormat.extension() : fileFormat.extension() + compression.extension();
    }
}
