package io.ots2oss.emulator.tablestore.stream;

import io.ots2oss.emulator.tablestore.error.OtsError;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A self-describing iterator: the shard id and a record index, nothing kept on the server. It stays
 * valid until the records it points at are trimmed, also across emulator restarts that rebuild the
 * same data (shard ids are deterministic).
 */
public record ShardIterator(String shardId, int index) {
    private static final String PREFIX = "it1|";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + index + "|" + shardId).getBytes(StandardCharsets.UTF_8));
    }

    public static ShardIterator decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException("prefix");
            }
            int bar = text.indexOf('|', PREFIX.length());
            int index = Integer.parseInt(text.substring(PREFIX.length(), bar));
            if (index < 0) {
                throw new IllegalArgumentException("negative");
            }
            return new ShardIterator(text.substring(bar + 1), index);
        } catch (RuntimeException e) {
            throw OtsError.invalidParameter("Invalid shard iterator: " + token + ".");
        }
    }
}
