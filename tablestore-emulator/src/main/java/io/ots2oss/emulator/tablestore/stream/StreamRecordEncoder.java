package io.ots2oss.emulator.tablestore.stream;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import io.ots2oss.emulator.tablestore.codec.RowCodec;

import java.io.ByteArrayOutputStream;

/**
 * Turns a row change into the stored form of a stream record: the protobuf bytes of one
 * {@code GetStreamRecordResponse.stream_records} entry (field 1), whose {@code record} is the row in
 * PlainBuffer with the sequence-info extension.
 *
 * <p>Written by hand rather than through the generated builders because (a) the SDK's
 * {@code PlainBufferSequenceInfo} has only package-private setters, so the extension is spliced in
 * just before the row checksum (the checksum does not cover it), and (b) storing ready-made entry
 * bytes lets GetStreamRecord answer a page with plain array copies.
 */
public final class StreamRecordEncoder {
    static final int EPOCH = 1;
    private static final int RESPONSE_STREAM_RECORDS_FIELD = 1;
    private static final int ACTION_TYPE_FIELD = 1;
    private static final int RECORD_FIELD = 2;

    private StreamRecordEncoder() {
    }

    static byte[] encode(OtsInternalApi.ActionType action, PlainBufferRow row, long timestampMicros, int rowIndex) {
        byte[] plain = withSequenceInfo(RowCodec.encodeRow(row), EPOCH, timestampMicros, rowIndex);
        ByteArrayOutputStream record = new ByteArrayOutputStream(plain.length + 8);
        writeTag(record, ACTION_TYPE_FIELD, 0);
        writeVarint(record, action.getNumber());
        writeTag(record, RECORD_FIELD, 2);
        writeVarint(record, plain.length);
        record.writeBytes(plain);
        byte[] inner = record.toByteArray();
        ByteArrayOutputStream entry = new ByteArrayOutputStream(inner.length + 6);
        writeTag(entry, RESPONSE_STREAM_RECORDS_FIELD, 2);
        writeVarint(entry, inner.length);
        entry.writeBytes(inner);
        return entry.toByteArray();
    }

    /**
     * A stream record's {@code record} bytes: {@code row} (one PlainBuffer row with its header, as the SDK's encoder
     * writes it) with {@code 0B len 0C len 0D epoch 0E ts 0F rowIndex} inserted before the trailing
     * {@code 09 checksum}, which does not cover it.
     */
    public static byte[] withSequenceInfo(byte[] row, int epoch, long timestampMicros, int rowIndex) {
        int checksumAt = row.length - 2;
        byte[] out = new byte[row.length + 29];
        System.arraycopy(row, 0, out, 0, checksumAt);
        int p = checksumAt;
        out[p++] = 0x0B;
        p = putInt(out, p, 24);
        out[p++] = 0x0C;
        p = putInt(out, p, 19);
        out[p++] = 0x0D;
        p = putInt(out, p, epoch);
        out[p++] = 0x0E;
        p = putLong(out, p, timestampMicros);
        out[p++] = 0x0F;
        p = putInt(out, p, rowIndex);
        System.arraycopy(row, checksumAt, out, p, 2);
        return out;
    }

    private static int putInt(byte[] b, int p, int v) {
        for (int i = 0; i < 4; i++) {
            b[p++] = (byte) (v >>> (8 * i));
        }
        return p;
    }

    private static int putLong(byte[] b, int p, long v) {
        for (int i = 0; i < 8; i++) {
            b[p++] = (byte) (v >>> (8 * i));
        }
        return p;
    }

    private static void writeTag(ByteArrayOutputStream out, int field, int wireType) {
        writeVarint(out, (field << 3) | wireType);
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7f) != 0) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
