package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An order-preserving byte form of a primary key: comparing two encodings as unsigned bytes orders
 * them like the service orders keys (column by column; integers numerically, strings and binaries
 * bytewise; INF_MIN below and INF_MAX above every value). Lets the row store keep small byte arrays
 * instead of SDK key objects.
 *
 * <p>Per column: {@code 00} for INF_MIN, {@code FF} for INF_MAX, else {@code 01} and the value:
 * integers as 8 big-endian bytes with the sign bit flipped, strings (UTF-8) and binaries with
 * {@code 00} escaped as {@code 00 01} and ended by {@code 00 00}.
 */
final class KeyEncoding {
    private KeyEncoding() {
    }

    static byte[] encode(PrimaryKey pk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        for (PrimaryKeyColumn column : pk.getPrimaryKeyColumns()) {
            PrimaryKeyValue value = column.getValue();
            if (value.isInfMin()) {
                out.write(0x00);
            } else if (value.isInfMax()) {
                out.write(0xFF);
            } else {
                out.write(0x01);
                switch (value.getType()) {
                    case INTEGER:
                        long v = value.asLong() ^ Long.MIN_VALUE;
                        for (int shift = 56; shift >= 0; shift -= 8) {
                            out.write((int) (v >>> shift) & 0xff);
                        }
                        break;
                    case STRING:
                        writeEscaped(out, value.asString().getBytes(StandardCharsets.UTF_8));
                        break;
                    case BINARY:
                        writeEscaped(out, value.asBinary());
                        break;
                    default:
                        throw new IllegalArgumentException("Unsupported key type " + value.getType());
                }
            }
        }
        return out.toByteArray();
    }

    private static void writeEscaped(ByteArrayOutputStream out, byte[] bytes) {
        for (byte b : bytes) {
            out.write(b);
            if (b == 0) {
                out.write(0x01);
            }
        }
        out.write(0x00);
        out.write(0x00);
    }
}
