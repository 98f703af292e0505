package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.ColumnType;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static io.ots2oss.otsstreamreader.decode.StreamReplies.indexOf;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.key;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.put;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.record;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.reply;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.row;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.withSequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged records: the lean decoder refuses (with an IOException) every reply the SDK's path refuses, and decodes
 * every reply the SDK's path accepts exactly as it does; both verify the cell and row checksums.
 */
@ExtendWith(QuietSdkDecoderLog.class)
class PlainBufferDecoderCorruptionTest {
    private static final long SEED = 1717;
    private static final List<PlainBufferCell> KEY = Arrays.asList(key("id", PrimaryKeyValue.fromString("row-1")));

    @Test
    void aRecordWithAnyByteAlteredIsRefusedWheneverTheSdkRefusesItAndOtherwiseDecodedAlike() throws IOException {
        Random random = new Random(SEED);
        RandomRecords records = new RandomRecords(random);
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < 3000; i++) {
            boolean timeseries = random.nextBoolean();
            OtsInternalApi.GetStreamRecordResponse.StreamRecord valid = timeseries ? records.timeseriesRecord() : records.wideRecord();
            boolean origin = valid.hasOriginRecord() && random.nextBoolean();
            int[] change = new int[3];
            OtsInternalApi.GetStreamRecordResponse damaged = reply(altered(valid, origin, bytes -> {
                change[0] = position(random, bytes.length);
                change[1] = bytes[change[0]] & 0xff;
                bytes[change[0]] ^= (byte) (1 + random.nextInt(255));
                change[2] = bytes[change[0]] & 0xff;
                return bytes;
            }));
            outcomes.compare(timeseries ? outcomes.timeseries : outcomes.wide, damaged, String.format(
                    "alteration %d (%s row, byte %d: %02x to %02x)", i, origin ? "origin" : "change", change[0], change[1], change[2]));
        }
        outcomes.assertBothKindsSeen();
    }

    @Test
    void aTruncatedRecordIsRefusedWheneverTheSdkRefusesIt() throws IOException {
        Random random = new Random(SEED + 1);
        RandomRecords records = new RandomRecords(random);
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < 1000; i++) {
            OtsInternalApi.GetStreamRecordResponse.StreamRecord valid = records.wideRecord();
            boolean origin = valid.hasOriginRecord() && random.nextBoolean();
            OtsInternalApi.GetStreamRecordResponse damaged = reply(altered(valid, origin,
                    bytes -> Arrays.copyOf(bytes, position(random, bytes.length))));
            outcomes.compare(outcomes.wide, damaged, "truncation " + i);
        }
        assertTrue(outcomes.refused > 900, "nearly every truncation is refused: " + outcomes.refused);
    }

    @Test
    void anAlteredValueByteIsCaughtByItsCellChecksum() {
        byte[] bytes = withSequence(row(KEY, put("c", ColumnValue.fromLong(0x0102030405060708L), 1)), 1, 5, 0);
        int valueAt = indexOf(bytes, (byte) 0x08, (byte) 0x07, (byte) 0x06);
        bytes[valueAt] = 0x09;

        assertBothRefuse(reply(record(OtsInternalApi.ActionType.PUT_ROW, bytes, null)), "Checksum is mismatch.");
    }

    @Test
    void aCellWithItsOwnChecksumRightInARowWhoseChecksumIsStaleIsCaughtByTheRowChecksum() {
        byte[] before = withSequence(row(KEY, put("c", ColumnValue.fromLong(1), 1)), 1, 5, 0);
        byte[] after = withSequence(row(KEY, put("c", ColumnValue.fromLong(2), 1)), 1, 5, 0);
        assertNotEquals(before[before.length - 1], after[after.length - 1], "the two rows' checksums differ");
        after[after.length - 1] = before[before.length - 1];

        assertBothRefuse(reply(record(OtsInternalApi.ActionType.PUT_ROW, after, null)), "Checksum is mismatch.");
    }

    @Test
    void sequenceInfoIsNotCoveredByTheRowChecksum() throws IOException {
        byte[] bytes = withSequence(row(KEY, put("c", ColumnValue.fromLong(1), 1)), 1, 5, 0x01020304);
        bytes[bytes.length - 6] = 0x7f; // the row index's low byte, just before "09 checksum"

        StreamChange change = new DecoderDifferential(false)
                .assertSameDecoding(reply(record(OtsInternalApi.ActionType.PUT_ROW, bytes, null)), "altered sequence").get(0);

        assertEquals(0x0102037f, change.rowIndex());
    }

    @Test
    void aDecoderThatRefusedAReplyDecodesTheNextOneAfresh() throws IOException {
        DecoderDifferential decoders = new DecoderDifferential(false);
        byte[] damaged = withSequence(row(KEY, put("c", ColumnValue.fromLong(1), 1)), 1, 5, 0);
        damaged[damaged.length - 1] ^= 1;
        assertThrows(RuntimeException.class, () -> decoders.sdkChanges(reply(record(OtsInternalApi.ActionType.PUT_ROW, damaged, null))));
        assertThrows(IOException.class, () -> decoders.leanChanges(reply(record(OtsInternalApi.ActionType.PUT_ROW, damaged, null))));

        List<PlainBufferCell> otherKey = Arrays.asList(key("other", PrimaryKeyValue.fromLong(2)));
        StreamChange change = decoders.assertSameDecoding(reply(record(OtsInternalApi.ActionType.DELETE_ROW,
                withSequence(row(otherKey, Arrays.asList(), true), 1, 6, 0), null)), "after a refusal").get(0);

        assertEquals(1, change.keyCount());
        assertEquals(0, change.cellCount());
    }

    private static void assertBothRefuse(OtsInternalApi.GetStreamRecordResponse reply, String leanMessage) {
        DecoderDifferential decoders = new DecoderDifferential(false);
        assertThrows(RuntimeException.class, () -> decoders.sdkChanges(reply), "the SDK refuses it");
        IOException refusal = assertThrows(IOException.class, () -> decoders.leanChanges(reply));
        assertEquals(leanMessage, refusal.getMessage());
    }

    /** The record with its change row or its origin row passed through {@code change} (on a copy). */
    private static OtsInternalApi.GetStreamRecordResponse.StreamRecord altered(OtsInternalApi.GetStreamRecordResponse.StreamRecord valid,
                                                                              boolean origin, UnaryOperator<byte[]> change) {
        OtsInternalApi.GetStreamRecordResponse.StreamRecord.Builder builder = valid.toBuilder();
        if (origin) {
            builder.setOriginRecord(ByteString.copyFrom(change.apply(valid.getOriginRecord().toByteArray())));
        } else {
            builder.setRecord(ByteString.copyFrom(change.apply(valid.getRecord().toByteArray())));
        }
        return builder.build();
    }

    /** Half the time anywhere, half the time among the first or last 64 bytes, where most of the structure is. */
    private static int position(Random random, int length) {
        int edge = Math.min(64, length);
        switch (random.nextInt(4)) {
            case 0:
                return random.nextInt(edge);
            case 1:
                return length - 1 - random.nextInt(edge);
            default:
                return random.nextInt(length);
        }
    }

    /** Runs both decoders over damaged replies and counts what they did. */
    private static final class Outcomes {
        final DecoderDifferential wide = new DecoderDifferential(false);
        final DecoderDifferential timeseries = new DecoderDifferential(true);
        int refused;
        int accepted;

        void compare(DecoderDifferential decoders, OtsInternalApi.GetStreamRecordResponse damaged, String context) throws IOException {
            List<StreamChange> expected;
            try {
                expected = decoders.sdkChanges(damaged);
            } catch (RuntimeException sdkRefusal) {
                refused++;
                try {
                    decoders.leanChanges(damaged);
                } catch (IOException leanRefusal) {
                    return;
                }
                fail(context + ": the SDK refused it (" + sdkRefusal + ", " + sdkRefusal.getCause()
                        + ") but the lean decoder accepted it");
                return;
            }
            accepted++;
            List<StreamChange> actual;
            try {
                actual = decoders.leanChanges(damaged);
            } catch (IOException leanRefusal) {
                if (leanRefusal.getMessage().equals("Checksum is mismatch.") && hasUndecodableText(damaged)) {
                    // SDK 5.17.6 checks a string value over its text encoded again, which is not the bytes received
                    // when they are not UTF-8; the lean decoder checks the bytes received, as SDK 5.17.7 does.
                    return;
                }
                throw new AssertionError(context + ": the SDK accepted it but the lean decoder refused it: "
                        + StreamReplies.sdkRecords(damaged, decoders.timeseriesForm()), leanRefusal);
            }
            DecoderDifferential.assertSameChanges(expected, actual, context);
        }

        void assertBothKindsSeen() {
            assertTrue(refused > 0 && accepted > 0, "some damaged records are refused, some accepted: " + refused + " / " + accepted);
        }

        /**
         * Whether a string value of any row (keys of origin rows and the hidden time-series key included) holds
         * U+FFFD, which the generated text never holds: bytes that were not UTF-8.
         */
        private static boolean hasUndecodableText(OtsInternalApi.GetStreamRecordResponse reply) {
            for (OtsInternalApi.GetStreamRecordResponse.StreamRecord record : reply.getStreamRecordsList()) {
                List<PlainBufferRow> rows = new ArrayList<>(RowCodec.decodeRows(record.getRecord().toByteArray()));
                if (record.hasOriginRecord()) {
                    rows.addAll(RowCodec.decodeRows(record.getOriginRecord().toByteArray()));
                }
                for (PlainBufferRow row : rows) {
                    for (PlainBufferCell key : row.getPrimaryKey()) {
                        PrimaryKeyValue value = key.getPkCellValue();
                        if (value != null && !value.isInfMin() && !value.isInfMax() && value.getType() == PrimaryKeyType.STRING
                                && isUndecodable(value.asString())) {
                            return true;
                        }
                    }
                    for (PlainBufferCell cell : row.getCells()) {
                        if (cell.hasCellValue() && cell.getCellValue().getType() == ColumnType.STRING
                                && isUndecodable(cell.getCellValue().asString())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static boolean isUndecodable(String text) {
            return text.indexOf('\uFFFD') >= 0;
        }
    }
}
