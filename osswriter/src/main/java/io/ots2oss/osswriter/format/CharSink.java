package io.ots2oss.osswriter.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Encodes characters straight into a byte buffer of the target charset and hands full buffers to the stream:
 * no per-record strings, no locks (unlike {@code OutputStreamWriter}). Unmappable characters become the
 * charset's replacement, as {@code String.getBytes(charset)} does upstream.
 */
public final class CharSink {
    private static final int CHARS = 16 * 1024;

    private final OutputStream out;
    private final CharsetEncoder encoder;
    private final char[] chars = new char[CHARS];
    private final CharBuffer charBuffer = CharBuffer.wrap(chars);
    private final ByteBuffer bytes;
    private int charCount;

    public CharSink(OutputStream out, Charset charset) {
        this.out = out;
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.bytes = ByteBuffer.allocate((int) Math.ceil(CHARS * (double) encoder.maxBytesPerChar()) + 16);
    }

    public void append(String text) throws IOException {
        int length = text.length();
        int from = 0;
        while (from < length) {
            if (charCount == CHARS) {
                encodeBuffered(false);
            }
            int count = Math.min(length - from, CHARS - charCount);
            text.getChars(from, from + count, chars, charCount);
            charCount += count;
            from += count;
        }
    }

    public void append(char c) throws IOException {
        if (charCount == CHARS) {
            encodeBuffered(false);
        }
        chars[charCount++] = c;
    }

    /** Encodes everything buffered (including a trailing lone surrogate) and writes it out. */
    public void flush() throws IOException {
        encodeBuffered(true);
        encoder.reset();
    }

    private void encodeBuffered(boolean endOfInput) throws IOException {
        charBuffer.limit(charCount).position(0);
        CoderResult result = encoder.encode(charBuffer, bytes, endOfInput);
        if (result.isError()) {
            result.throwException();
        }
        if (endOfInput) {
            encoder.flush(bytes);
        }
        out.write(bytes.array(), 0, bytes.position());
        bytes.clear();
        // A high surrogate at the end waits for its partner.
        int left = charBuffer.remaining();
        if (left > 0) {
            System.arraycopy(chars, charBuffer.position(), chars, 0, left);
        }
        charCount = left;
    }
}
