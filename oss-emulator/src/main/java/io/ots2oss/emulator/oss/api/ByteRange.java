package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.http.OssError;

/** A single HTTP byte range, resolved against an object size with OSS's lenient rules. */
record ByteRange(long first, long last) {

    long length() {
        return last - first + 1;
    }

    /**
     * @param standard {@code x-oss-range-behavior: standard}: clip the end, 416 for a start past the end;
     *                 otherwise OSS ignores any invalid or out-of-range Range
     * @return the range, or null for "send the whole object with 200"
     */
    static ByteRange resolve(String header, long size, boolean standard) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (!value.startsWith("bytes=") || value.indexOf(',') >= 0) {
            return null;
        }
        String spec = value.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        Long start = parse(spec.substring(0, dash));
        Long end = parse(spec.substring(dash + 1));
        if (start == null && end == null) {
            return null;
        }
        if (start == null) { // suffix: the last n bytes
            if (end == 0 || size == 0) {
                return null;
            }
            return new ByteRange(Math.max(0, size - end), size - 1);
        }
        if (end != null && end < start) {
            return null;
        }
        if (start >= size) {
            if (standard) {
                throw new OssError(416, "InvalidRange", "The requested range cannot be satisfied.");
            }
            return null;
        }
        if (end == null) {
            return new ByteRange(start, size - 1);
        }
        if (end >= size) {
            return standard ? new ByteRange(start, size - 1) : null;
        }
        return new ByteRange(start, end);
    }

    private static Long parse(String digits) {
        String trimmed = digits.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
