package io.ots2oss.emulator.tablestore.stream;

import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;

import java.nio.charset.StandardCharsets;

/**
 * Routes a row to a shard by a stable 62-bit hash of its first primary-key column (FNV-1a 64 over
 * the type and value bytes, then the MurmurHash3 finaliser). Shards own contiguous ranges of that
 * hash space, so any key type spreads evenly and a split halves a range.
 */
final class PartitionHash {
    /** Exclusive top of the hash space. */
    static final long SPACE = 1L << 62;

    private PartitionHash() {
    }

    static long of(PrimaryKey pk) {
        PrimaryKeyValue value = pk.getPrimaryKeyColumn(0).getValue();
        long h = 0xcbf29ce484222325L;
        switch (value.getType()) {
            case INTEGER:
                h = mix(h, 1);
                long v = value.asLong();
                for (int i = 0; i < 8; i++) {
                    h = mix(h, (int) (v >>> (8 * i)) & 0xff);
                }
                break;
            case STRING:
                h = mix(h, 2);
                for (byte b : value.asString().getBytes(StandardCharsets.UTF_8)) {
                    h = mix(h, b & 0xff);
                }
                break;
            case BINARY:
                h = mix(h, 3);
                for (byte b : value.asBinary()) {
                    h = mix(h, b & 0xff);
                }
                break;
            default:
                throw new IllegalArgumentException("Unroutable primary key type " + value.getType());
        }
        return finalise(h) >>> 2;
    }

    private static long mix(long h, int b) {
        return (h ^ b) * 0x100000001b3L;
    }

    private static long finalise(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
