package io.ots2oss.otsstreamreader.decode;

import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;
import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.ots2oss.otsstreamreader.decode.StreamReplies.deleteAllVersions;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.deleteOneVersion;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.key;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.put;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.record;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.reply;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.row;
import static io.ots2oss.otsstreamreader.decode.StreamReplies.withSequence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The lean decoder reads every reply exactly as the SDK's path does (issue 17): same records, sequence info, key
 * names and values, cells in stream order with their ops, versions and values, and the same payload size.
 */
class PlainBufferDecoderDifferentialTest {
    private static final long SEED = 17;
    private static final List<PlainBufferCell> KEY = Arrays.asList(key("id", PrimaryKeyValue.fromLong(7)));

    @Test
    void randomWideTableRepliesDecodeAsTheSdkDecodesThem() throws IOException {
        RandomRecords random = new RandomRecords(new Random(SEED));
        DecoderDifferential decoders = new DecoderDifferential(false);
        for (int i = 0; i < 1000; i++) {
            decoders.assertSameDecoding(random.wideReply(), "wide reply " + i);
        }
    }

    @Test
    void randomTimeseriesRepliesDecodeAsTheSdkDecodesThemInTimeseriesForm() throws IOException {
        RandomRecords random = new RandomRecords(new Random(SEED + 1));
        DecoderDifferential decoders = new DecoderDifferential(true);
        for (int i = 0; i < 600; i++) {
            List<StreamChange> changes = decoders.assertSameDecoding(random.timeseriesReply(), "time-series reply " + i);
            for (StreamChange change : changes) {
                assertEquals("_m_name", change.keyName(0), "the hidden _#h key is not shown");
            }
        }
    }

    @Test
    void timeseriesRowsReadInStoredFormKeepTheHiddenKeyAndTypedFieldNames() throws IOException {
        RandomRecords random = new RandomRecords(new Random(SEED + 2));
        DecoderDifferential decoders = new DecoderDifferential(false);
        for (int i = 0; i < 300; i++) {
            List<StreamChange> changes = decoders.assertSameDecoding(random.timeseriesReply(), "time-series reply " + i);
            assertEquals("_#h", changes.get(0).keyName(0));
        }
    }

    @Test
    void wideTableRowsReadInTimeseriesFormLoseOnlyWhatFollowsAColonInCellNames() throws IOException {
        RandomRecords random = new RandomRecords(new Random(SEED + 3));
        DecoderDifferential decoders = new DecoderDifferential(true);
        for (int i = 0; i < 300; i++) {
            decoders.assertSameDecoding(random.wideReply(), "wide reply in time-series form " + i);
        }
    }

    @Test
    void extremeKeysAndValuesDecodeAsTheSdkDecodesThem() throws IOException {
        List<PlainBufferCell> keys = Arrays.asList(
                key("min", PrimaryKeyValue.fromLong(Long.MIN_VALUE)),
                key("max", PrimaryKeyValue.fromLong(Long.MAX_VALUE)),
                key("text", PrimaryKeyValue.fromString("é中😀")),
                key("empty", PrimaryKeyValue.fromBinary(new byte[0])));
        OtsInternalApi.GetStreamRecordResponse reply = reply(record(OtsInternalApi.ActionType.PUT_ROW, withSequence(row(keys,
                put("nan", ColumnValue.fromDouble(Double.NaN), 1),
                put("negative_zero", ColumnValue.fromDouble(-0.0), 1),
                put("infinity", ColumnValue.fromDouble(Double.POSITIVE_INFINITY), 1),
                put("minus_infinity", ColumnValue.fromDouble(Double.NEGATIVE_INFINITY), 1),
                put("true", ColumnValue.fromBoolean(true), 0),
                put("text", ColumnValue.fromString("𝄞\u0000"), Long.MAX_VALUE),
                put("bytes", ColumnValue.fromBinary(new byte[0]), 1)), 3, 1_700_000_000_000_001L, 9), null));

        StreamChange change = new DecoderDifferential(false).assertSameDecoding(reply, "extremes").get(0);

        assertEquals(new LongColumn(Long.MIN_VALUE).getRawData(), change.keyValue("min").getRawData());
        assertEquals(new StringColumn("é中😀").getRawData(), change.keyValue("text").getRawData());
        assertArrayEquals(new byte[0], (byte[]) change.keyValue("empty").getRawData());
        assertEquals("NaN", change.cellValue(0).getRawData());
        assertEquals(Long.MAX_VALUE, change.cellVersion(5));
    }

    @Test
    void deletesOfOneAndOfAllVersionsCarryNoValue() throws IOException {
        OtsInternalApi.GetStreamRecordResponse reply = reply(record(OtsInternalApi.ActionType.UPDATE_ROW, withSequence(row(KEY,
                deleteOneVersion("a", 42), deleteAllVersions("b"), put("a", ColumnValue.fromLong(1), 43)), 1, 5, 0), null));

        StreamChange change = new DecoderDifferential(false).assertSameDecoding(reply, "deletes").get(0);

        assertEquals(RecordColumn.ColumnType.DELETE_ONE_VERSION, change.cellOp(0));
        assertEquals(42, change.cellVersion(0));
        assertNull(change.cellValue(0));
        assertEquals(RecordColumn.ColumnType.DELETE_ALL_VERSION, change.cellOp(1));
        assertNull(change.cellValue(1));
        assertEquals(RecordColumn.ColumnType.PUT, change.cellOp(2));
    }

    @Test
    void severalVersionsOfOneColumnKeepTheirStreamOrder() throws IOException {
        OtsInternalApi.GetStreamRecordResponse reply = reply(record(OtsInternalApi.ActionType.PUT_ROW, withSequence(row(KEY,
                put("c", ColumnValue.fromLong(3), 30), put("c", ColumnValue.fromLong(1), 10), put("c", ColumnValue.fromLong(2), 20)),
                1, 5, 0), null));

        StreamChange change = new DecoderDifferential(false).assertSameDecoding(reply, "versions").get(0);

        assertEquals(Arrays.asList(30L, 10L, 20L), Arrays.asList(change.cellVersion(0), change.cellVersion(1), change.cellVersion(2)));
    }

    @Test
    void aDeletedRowHasItsKeyAndNoCells() throws IOException {
        OtsInternalApi.GetStreamRecordResponse reply = reply(record(OtsInternalApi.ActionType.DELETE_ROW,
                withSequence(row(KEY, Arrays.asList(), true), 1, 5, 0), null));

        StreamChange change = new DecoderDifferential(false).assertSameDecoding(reply, "delete").get(0);

        assertEquals(StreamRecord.RecordType.DELETE, change.type());
        assertEquals(7L, change.keyValue("id").asLong());
        assertEquals(0, change.cellCount());
    }

    @Test
    void anOriginRowCountsInThePayloadButIsNotShown() throws IOException {
        byte[] origin = StreamReplies.plainBuffer(row(KEY, put("old", ColumnValue.fromBinary(new byte[100]), 1)));
        OtsInternalApi.GetStreamRecordResponse reply = reply(record(OtsInternalApi.ActionType.UPDATE_ROW,
                withSequence(row(KEY, put("new", ColumnValue.fromLong(1), 2)), 1, 5, 0), origin));

        StreamChange change = new DecoderDifferential(false).assertSameDecoding(reply, "origin").get(0);

        assertEquals(1, change.cellCount());
        assertEquals((2 + 8) + (3 + 8 + 8) + (3 + 100 + 8), change.payloadBytes());
    }

    @Test
    void everyRecordOfAReplyKeepsItsOwnSequenceInfo() throws IOException {
        OtsInternalApi.GetStreamRecordResponse reply = reply(
                record(OtsInternalApi.ActionType.PUT_ROW, withSequence(row(KEY, put("c", ColumnValue.fromLong(1), 1)), 2, 100, 0), null),
                record(OtsInternalApi.ActionType.PUT_ROW, withSequence(row(KEY, put("c", ColumnValue.fromLong(2), 2)), 2, 100, 1), null),
                record(OtsInternalApi.ActionType.DELETE_ROW, withSequence(row(KEY, Arrays.asList(), true), -1, Long.MIN_VALUE, Integer.MAX_VALUE), null));

        List<StreamChange> changes = new DecoderDifferential(false).assertSameDecoding(reply, "sequence");

        assertEquals(Arrays.asList(0, 1, Integer.MAX_VALUE), Arrays.asList(changes.get(0).rowIndex(), changes.get(1).rowIndex(), changes.get(2).rowIndex()));
        assertEquals(-1, changes.get(2).epoch());
        assertEquals(Long.MIN_VALUE, changes.get(2).timestampMicros());
    }
}
