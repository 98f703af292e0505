package io.ots2oss.osswriter.format.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

import com.github.luben.zstd.Zstd;

import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;

/**
 * Page compression without Hadoop: parquet-java's default factory instantiates Hadoop codec classes, which
 * would drag Hadoop into the plugin. Produces the same bytes the standard codecs read (raw Snappy blocks,
 * gzip members, zstd frames, raw LZ4 blocks).
 */
@SuppressWarnings("deprecation") // BytesInput.toByteArray: pages are small heap arrays anyway.
public final class PlainCodecFactory implements CompressionCodecFactory {
    private static final int ZSTD_LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(final CompressionCodecName codec) {
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput input) throws IOException {
                return BytesInput.from(compressBytes(codec, input.toByteArray()));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(final CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput input, int uncompressedSize) throws IOException {
                return BytesInput.from(decompressBytes(codec, input.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) throws IOException {
                byte[] compressed = new byte[compressedSize];
                input.get(compressed);
                output.put(decompressBytes(codec, compressed, uncompressedSize));
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    static byte[] compressBytes(CompressionCodecName codec, byte[] raw) throws IOException {
        switch (codec) {
            case UNCOMPRESSED:
                return raw;
            case SNAPPY:
                return Snappy.compress(raw);
            case ZSTD:
                return Zstd.compress(raw, ZSTD_LEVEL);
            case LZ4_RAW:
                Lz4Compressor lz4 = new Lz4Compressor();
                byte[] block = new byte[lz4.maxCompressedLength(raw.length)];
                int length = lz4.compress(raw, 0, raw.length, block, 0, block.length);
                return java.util.Arrays.copyOf(block, length);
            case GZIP:
                ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
                GZIPOutputStream gzip = new GZIPOutputStream(out);
                gzip.write(raw);
                gzip.close();
                return out.toByteArray();
            default:
                throw new IOException("Unsupported Parquet codec " + codec);
        }
    }

    static byte[] decompressBytes(CompressionCodecName codec, byte[] compressed, int uncompressedSize) throws IOException {
        switch (codec) {
            case UNCOMPRESSED:
                return compressed;
            case SNAPPY:
                return Snappy.uncompress(compressed);
            case ZSTD:
                return Zstd.decompress(compressed, uncompressedSize);
            case LZ4_RAW:
                byte[] raw = new byte[uncompressedSize];
                new Lz4Decompressor().decompress(compressed, 0, compressed.length, raw, 0, uncompressedSize);
                return raw;
            case GZIP:
                byte[] out = new byte[uncompressedSize];
                GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed));
                int read = 0;
                while (read < uncompressedSize) {
                    int n = gzip.read(out, read, uncompressedSize - read);
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
                gzip.close();
                return out;
            default:
                throw new IOException("Unsupported Parquet codec " + codec);
        }
    }
}
