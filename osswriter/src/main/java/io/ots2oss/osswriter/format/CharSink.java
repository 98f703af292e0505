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
    /** "-9223372036854775807" and one char an encoding pass may leave behind. */
    private static final int MAX_LONG_CHARS = 21;
    private static final long EIGHT_DIGITS = 100_000_000L;

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

    /**
     * The decimal digits of {@code value}, as {@link Long#toString(long)} writes them, put straight into the buffer:
     * no String, and eight digits per long division (a multi-version line carries a 13-digit version on every line).
     */
    public void appendLong(long value) throws IOException {
        if (value == Long.MIN_VALUE) {
            append(Long.toString(value));
            return;
        }
        if (CHARS - charCount < MAX_LONG_CHARS) {
            encodeBuffered(false);
        }
        long rest = value;
        if (rest < 0) {
            chars[charCount++] = '-';
            rest = -rest;
        }
        int end = charCount + digitCount(rest);
        int p = end;
        while (rest >= EIGHT_DIGITS) {
            int low = (int) (rest % EIGHT_DIGITS);
            rest /= EIGHT_DIGITS;
            for (int k = 0; k < 8; k++) {
                chars[--p] = (char) ('0' + low % 10);
                low /= 10;
            }
        }
        int high = (int) rest;
        do {
            chars[--p] = (char) ('0' + high % 10);
            high /= 10;
        } while (high != 0);
        charCount = end;
    }

    private static int digitCount(long nonNegative) {
        int digits = 1;
        for (long bound = 10; digits < 19 && nonNegative >= bound; bound *= 10) {
            digits++;
        }
        return digits;
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
