package io.ots2oss.osswriter.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

import com.github.luben.zstd.ZstdOutputStream;

import io.ots2oss.osswriter.config.Compression;

/** Wraps an object stream in the configured streaming compressor; closing the result finishes the compressed stream. */
public final class Compressors {
    private static final int BUFFER = 64 * 1024;
    private static final int ZSTD_LEVEL = 3;

    private Compressors() {
    }

    public static OutputStream wrap(OutputStream out, Compression compression) throws IOException {
        switch (compression) {
            case GZIP:
                return new GZIPOutputStream(out, BUFFER);
            case BZIP2:
                return new BZip2CompressorOutputStream(new BufferedOutputStream(out, BUFFER));
            case ZSTD:
                return new ZstdOutputStream(out, ZSTD_LEVEL);
            case NONE:
            default:
                return out;
        }
    }
}
