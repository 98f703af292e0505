package io.ots2oss.emulator.oss.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/** 24 upper-case hex characters, like OSS request ids: a per-process prefix and a counter. */
final class RequestIds {
    private static final String PREFIX = HexFormat.of().withUpperCase().formatHex(randomBytes());
    private static final AtomicLong COUNTER = new AtomicLong();

    private RequestIds() {
    }

    static String next() {
        return PREFIX + String.format("%016X", COUNTER.incrementAndGet());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
