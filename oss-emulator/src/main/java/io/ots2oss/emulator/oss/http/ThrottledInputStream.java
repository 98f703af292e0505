package io.ots2oss.emulator.oss.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Paces reads to a byte rate (bandwidth fault). */
final class ThrottledInputStream extends FilterInputStream {
    private final Pacer pacer;

    ThrottledInputStream(InputStream in, long bytesPerSecond) {
        super(in);
        this.pacer = new Pacer(bytesPerSecond);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            pacer.account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, (int) Math.min(length, pacer.chunkSize()));
        if (n > 0) {
            pacer.account(n);
        }
        return n;
    }
}
