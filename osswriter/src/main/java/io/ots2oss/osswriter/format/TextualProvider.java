package io.ots2oss.osswriter.format;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.config.Compression;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.upload.BytesCounter;

/**
 * The provider of a line-oriented textual format (text, CSV, SQL): the format's characters go through the
 * configured stream compression, so the outputs of several tasks concatenate into one valid object.
 */
public final class TextualProvider implements RecordWriterProvider {
    /** Opens the format's writer over the (possibly compressing) stream; {@code counter} measures the object. */
    public interface WriterFactory {
        RecordWriter open(OutputStream stream, BytesCounter counter) throws IOException;
    }

    private final String fileFormat;
    private final String extension;
    private final Compression compression;
    private final boolean hasHeader;
    private final WriterFactory factory;

    /** A provider with the stream compression {@code compress} names; {@code hasHeader}: see {@link #hasHeader()}. */
    public static TextualProvider configure(String fileFormat, String extension, KeyReader params, boolean hasHeader,
                                            WriterFactory factory) {
        return new TextualProvider(fileFormat, extension, Compression.parse(Keys.COMPRESS, params.text(Keys.COMPRESS)),
                hasHeader, factory);
    }

    private TextualProvider(String fileFormat, String extension, Compression compression, boolean hasHeader,
                            WriterFactory factory) {
        this.fileFormat = fileFormat;
        this.hasHeader = hasHeader;
        this.extension = extension;
        this.compression = compression;
        this.factory = factory;
    }

    @Override
    public String fileFormat() {
        return fileFormat;
    }

    public Compression compression() {
        return compression;
    }

    @Override
    public <S extends OutputStream & BytesCounter> RecordWriter open(S objectStream, String objectName, int partSizeBytes) throws IOException {
        return factory.open(Compressors.wrap(objectStream, compression), objectStream);
    }

    /** Upstream names uncompressed text without an extension. */
    @Override
    public String nameExtension() {
        return compression.extension();
    }

    @Override
    public String templateExtension() {
        return extension + compression.extension();
    }

    @Override
    public boolean hasHeader() {
        return hasHeader;
    }

    @Override
    public boolean concatenable() {
        return true;
    }

    @Override
    public String toString() {
        return fileFormat + (compression == Compression.NONE ? "" : "+" + compression.jobValue());
    }
}
