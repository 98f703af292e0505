package io.ots2oss.otsstreamreader.layout;

import io.ots2oss.otsstreamreader.decode.StreamChange;

/**
 * The sequence-info strings of upstream ({@code %010d_%020d_%010d_shardId}): sortable within a shard in write order.
 * Written digit by digit rather than through {@code String.format}, which parses its pattern on every call.
 */
public final class SequenceInfo {
    private static final int EPOCH_DIGITS = 10;
    private static final int TIMESTAMP_DIGITS = 20;
    private static final int ROW_INDEX_DIGITS = 10;
    private static final int CELL_DIGITS = 10;

    private SequenceInfo() {
    }

    /** Row mode: epoch_timestampMicros_rowIndex_shardId. */
    public static String ofRecord(StreamChange change, String shardId) {
        return record(change, shardId, 0).toString();
    }

    /** Multi-version mode: the record's string plus ":" and the index of the cell within the record. */
    public static String ofCell(StreamChange change, String shardId, int cellIndex) {
        StringBuilder text = record(change, shardId, 1 + CELL_DIGITS);
        text.append(':');
        padded(text, cellIndex, CELL_DIGITS);
        return text.toString();
    }

    private static StringBuilder record(StreamChange change, String shardId, int extra) {
        StringBuilder text = new StringBuilder(EPOCH_DIGITS + TIMESTAMP_DIGITS + ROW_INDEX_DIGITS + 3 + shardId.length() + extra);
        padded(text, change.epoch(), EPOCH_DIGITS);
        text.append('_');
        padded(text, change.timestampMicros(), TIMESTAMP_DIGITS);
        text.append('_');
        padded(text, change.rowIndex(), ROW_INDEX_DIGITS);
        return text.append('_').append(shardId);
    }

    /** {@code value} as {@code %0<width>d} writes it. */
    static void padded(StringBuilder text, long value, int width) {
        if (value < 0) {
            // Never seen in a stream (the fields are unsigned on the wire); the rare case keeps the format's own rule.
            text.append(String.format("%0" + width + "d", value));
            return;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            text.append('0');
        }
        text.append(value);
    }
}
