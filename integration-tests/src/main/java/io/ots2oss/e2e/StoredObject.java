package io.ots2oss.e2e;

import java.util.Arrays;
import java.util.List;

/** One object of the bucket, its bytes decoded (and decompressed when the name says so) into lines. */
public record StoredObject(String key, long size, List<String> lines) {

    public List<String> firstLines(int count) {
        return lines.subList(0, Math.min(count, lines.size()));
    }

    static List<String> splitLines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.stream(body.split("\n", -1)).map(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toList();
    }
}
