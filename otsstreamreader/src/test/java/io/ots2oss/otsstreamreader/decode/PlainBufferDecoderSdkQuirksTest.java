package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCrc8;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static io.ots2oss.otsstreamreader.decode.StreamReplies.indexOf;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.key;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.plainBuffer;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.put;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.record;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.reply;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.row;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.withSequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Records no healthy service sends but a damaged or future one might, on which the lean decoder keeps to what the SDK
 * (5.17.6, whose jar we ship) does, however odd: each case was read off the SDK's source.
 */
@ExtendWith(QuietSdkDecoderLog.class)
class PlainBufferDecoderSdkQuirksTest {
    private static final List<PlainBufferCell> KEY = Arrays.asList(key("id", PrimaryKeyValue.fromLong(7)));
    private static final PlainBufferRow ROW = row(KEY, put("c", ColumnValue.fromLong(1), 1));

    @Test
    void aRecordWithoutSequenceInfoReadsAsEpochZeroTimeZeroRowZero() throws IOException {
        StreamChange change = sameDecoding(false, record(OtsInternalApi.ActionType.PUT_ROW, plainBuffer(ROW), null));

        assertEquals(Arrays.asList(0, 0L, 0), Arrays.asList(change.epoch(), change.timestampMicros(), change.rowIndex()));
    }

    @Test
    void unknownExtensionEntriesAreSkippedByTheirLength() throws IOException {
        byte[] plain = withSequence(ROW, 4, 5, 6);
        int entriesAt = plain.length - 2 - 29 + 5; // after "0B length"
        byte[] unknown = {0x20, 3, 0, 0, 0, 'a', 'b', 'c'};
        byte[] bytes = new byte[plain.length + unknown.length];
        System.arraycopy(plain, 0, bytes, 0, entriesAt);
        System.arraycopy(unknown, 0, bytes, entriesAt, unknown.length);
        System.arraycopy(plain, entriesAt, bytes, entriesAt + unknown.length, plain.length - entriesAt);

        StreamChange change = sameDecoding(false, record(OtsInternalApi.ActionType.PUT_ROW, bytes, null));

        assertEquals(6, change.rowIndex());
    }

    @Test
    void aRecordOfTwoRowsIsRefused() throws IOException {
        byte[] twoRows = RowCodec.encodeRows(Arrays.asList(ROW, ROW));

        bothRefuse(false, record(OtsInternalApi.ActionType.PUT_ROW, twoRows, null));
    }

    @Test
    void anOriginRecordOfSeveralRowsIsReadUpToItsFirstRow() throws IOException {
        // ResponseFactory checks the record's row count where it means the origin record's.
        byte[] origin = RowCodec.encodeRows(Arrays.asList(row(KEY, put("a", ColumnValue.fromLong(1), 1)),
                row(KEY, put("bbbb", ColumnValue.fromLong(1), 1))));

        StreamChange change = sameDecoding(false, record(OtsInternalApi.ActionType.UPDATE_ROW, withSequence(ROW, 1, 2, 3), origin));

        assertEquals((2 + 8) + (1 + 8 + 8) + (1 + 8 + 8), change.payloadBytes());
    }

    @Test
    void anOriginRecordWithoutRowsIsRefused() throws IOException {
        byte[] headerOnly = {0x75, 0, 0, 0};

        bothRefuse(false, record(OtsInternalApi.ActionType.UPDATE_ROW, withSequence(ROW, 1, 2, 3), headerOnly));
    }

    @Test
    void theOriginRowsKeyIsNotReadSoItMayHoldAnInfiniteValue() throws IOException {
        byte[] origin = plainBuffer(row(Arrays.asList(key("id", PrimaryKeyValue.INF_MIN)), put("c", ColumnValue.fromLong(0), 1)));

        sameDecoding(false, record(OtsInternalApi.ActionType.UPDATE_ROW, withSequence(ROW, 1, 2, 3), origin));
    }

    @Test
    void anInfiniteValueInTheShownKeyIsRefused() throws IOException {
        List<PlainBufferCell> infinite = Arrays.asList(key("id", PrimaryKeyValue.fromLong(1)), key("at", PrimaryKeyValue.INF_MAX));

        bothRefuse(false, record(OtsInternalApi.ActionType.DELETE_ROW, withSequence(row(infinite, Collections.emptyList(), true), 1, 2, 3), null));
    }

    @Test
    void theHiddenTimeseriesKeyIsNotReadSoItNeedsNoValue() throws IOException {
        PlainBufferCell hidden = new PlainBufferCell();
        hidden.setCellName("_#h");
        List<PlainBufferCell> keys = Arrays.asList(hidden, key("_m_name", PrimaryKeyValue.fromString("cpu")));

        StreamChange change = sameDecoding(true, record(OtsInternalApi.ActionType.PUT_ROW,
                withSequence(row(keys, put("v:INTEGER", ColumnValue.fromLong(1), 1)), 1, 2, 3), null));

        assertEquals("_m_name", change.keyName(0));
        assertEquals("v", change.cellName(0));
    }

    @Test
    void aNameThatIsNotUtf8IsCheckedAndCountedAsTheSdkEncodesItsTextAgain() throws IOException {
        // "éx" with its second byte replaced: C3 28 78 decodes to "\uFFFD(x", which encodes to EF BF BD 28 78.
        PlainBufferCell cell = put("éx", ColumnValue.fromLong(1), 1);
        PlainBufferCell asTheSdkReadsIt = put("\uFFFD(x", ColumnValue.fromLong(1), 1);
        byte[] bytes = withBadNameByte(row(KEY, cell), asTheSdkReadsIt.getChecksum(), row(KEY, asTheSdkReadsIt).getChecksum());

        StreamChange change = sameDecoding(false, record(OtsInternalApi.ActionType.PUT_ROW, bytes, null));

        assertEquals("\uFFFD(x", change.cellName(0));
        assertEquals((2 + 8) + (5 + 8 + 8), change.payloadBytes());
    }

    @Test
    void aNameThatIsNotUtf8WithAChecksumOverItsBytesIsRefused() throws IOException {
        byte[] badName = {(byte) 0xC3, '(', 'x'};
        byte cellChecksum = PlainBufferCrc8.crc8(ColumnValue.fromLong(1).getChecksum(PlainBufferCrc8.crc8((byte) 0, badName)), 1L);
        byte rowChecksum = PlainBufferCrc8.crc8(PlainBufferCrc8.crc8(PlainBufferCrc8.crc8((byte) 0, KEY.get(0).getChecksum()), cellChecksum), (byte) 0);
        byte[] bytes = withBadNameByte(row(KEY, put("éx", ColumnValue.fromLong(1), 1)), cellChecksum, rowChecksum);

        bothRefuse(false, record(OtsInternalApi.ActionType.PUT_ROW, bytes, null));
    }

    @Test
    void aStringValueThatIsNotUtf8IsCheckedOverItsBytesAsSdk5177Does() throws IOException {
        // SDK 5.17.6 checks a string value over its text encoded again, as it does names; 5.17.7 keeps the bytes read
        // (ColumnValue.fromString(text, rawData)) so that such a value no longer fails every read of its shard.
        byte[] text = {(byte) 0xC3, '('};
        byte cellChecksum = PlainBufferCrc8.crc8(PlainBufferCrc8.crc8(PlainBufferCrc8.crc8(PlainBufferCrc8.crc8(
                PlainBufferCrc8.crc8((byte) 0, "c".getBytes(StandardCharsets.UTF_8)), (byte) 0x3), text.length), text), 1L);
        byte rowChecksum = PlainBufferCrc8.crc8(PlainBufferCrc8.crc8(PlainBufferCrc8.crc8((byte) 0, KEY.get(0).getChecksum()), cellChecksum), (byte) 0);
        byte[] bytes = withSequence(row(KEY, put("c", ColumnValue.fromString("é"), 1)), 1, 2, 3);
        int valueAt = indexOf(bytes, (byte) 0xC3, (byte) 0xA9);
        bytes[valueAt + 1] = '(';
        bytes[bytes.length - 2 - 29 - 1] = cellChecksum;
        bytes[bytes.length - 1] = rowChecksum;
        OtsInternalApi.GetStreamRecordResponse reply = reply(record(OtsInternalApi.ActionType.PUT_ROW, bytes, null));

        assertThrows(RuntimeException.class, () -> new DecoderDifferential(false).sdkChanges(reply),
                "SDK 5.17.6 refuses it; if it now accepts it, the SDK keeps the bytes read and this is a plain differential case");
        StreamChange change = new PlainBufferDecoder(false).decode(reply).get(0);

        assertEquals("\uFFFD(", change.cellValue(0).asString());
    }

    /**
     * The row's bytes (with sequence info) with the second byte of its one data cell's name replaced by '(', and the
     * given cell and row checksums.
     */
    private static byte[] withBadNameByte(PlainBufferRow row, byte cellChecksum, byte rowChecksum) {
        byte[] bytes = withSequence(row, 1, 2, 3);
        int nameAt = indexOf(bytes, (byte) 0xC3, (byte) 0xA9);
        bytes[nameAt + 1] = '(';
        bytes[bytes.length - 2 - 29 - 1] = cellChecksum; // the data cell's checksum, just before the extension
        bytes[bytes.length - 1] = rowChecksum;
        return bytes;
    }

    private static StreamChange sameDecoding(boolean timeseriesForm, OtsInternalApi.GetStreamRecordResponse.StreamRecord record)
            throws IOException {
        return new DecoderDifferential(timeseriesForm).assertSameDecoding(reply(record), "quirk").get(0);
    }

    /** Both refuse the record, and both then decode a sound record afresh. */
    private static void bothRefuse(boolean timeseriesForm, OtsInternalApi.GetStreamRecordResponse.StreamRecord record)
            throws IOException {
        DecoderDifferential decoders = new DecoderDifferential(timeseriesForm);
        assertThrows(RuntimeException.class, () -> decoders.sdkChanges(reply(record)), "the SDK refuses it");
        assertThrows(IOException.class, () -> decoders.leanChanges(reply(record)));
        decoders.assertSameDecoding(reply(record(OtsInternalApi.ActionType.PUT_ROW, withSequence(ROW, 1, 2, 3), null)), "next record");
    }
}
