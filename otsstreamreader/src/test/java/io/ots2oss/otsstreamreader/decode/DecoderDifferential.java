package io.ots2oss.otsstreamreader.decode;

import com.alibaba.datax.common.element.Column;
import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both decoders over the same reply: the SDK's path ({@code ResponseFactory} then {@link SdkChanges}, as
 * {@code decoder: "sdk"} reads) and the {@link PlainBufferDecoder}. Each keeps its state between replies, as a shard
 * reader's decoder does, so that a reply refused half-way must not leak into the next one.
 */
final class DecoderDifferential {
    private final boolean timeseriesForm;
    private final SdkChanges sdk = new SdkChanges();
    private final PlainBufferDecoder lean;

    DecoderDifferential(boolean timeseriesForm) {
        this.timeseriesForm = timeseriesForm;
        this.lean = new PlainBufferDecoder(timeseriesForm);
    }

    boolean timeseriesForm() {
        return timeseriesForm;
    }

    /** Requires both decoders to accept the reply and to decode it identically; returns the changes. */
    List<StreamChange> assertSameDecoding(OtsInternalApi.GetStreamRecordResponse reply, String context) throws IOException {
        List<StreamChange> expected = sdkChanges(reply);
        List<StreamChange> actual = lean.decode(reply);
        assertSameChanges(expected, actual, context);
        return actual;
    }

    /**
     * The SDK path's changes, each record's payload checked against the SDK's own {@code getDataSize()} of its key,
     * columns and origin columns; throws whatever the SDK or the conversion throws on a reply they refuse.
     */
    List<StreamChange> sdkChanges(OtsInternalApi.GetStreamRecordResponse reply) {
        List<StreamRecord> records = StreamReplies.sdkRecords(reply, timeseriesForm);
        List<StreamChange> changes = sdk.of(records);
        for (int i = 0; i < records.size(); i++) {
            assertEquals(sdkDataSize(records.get(i)), changes.get(i).payloadBytes(), "SdkChanges' payload of record " + i);
        }
        return changes;
    }

    /** The lean decoder's changes; it may refuse a reply only with an IOException. */
    List<StreamChange> leanChanges(OtsInternalApi.GetStreamRecordResponse reply) throws IOException {
        return lean.decode(reply);
    }

    private static long sdkDataSize(StreamRecord record) {
        long size = record.getPrimaryKey().getDataSize();
        for (RecordColumn cell : record.getColumns()) {
            size += cell.getColumn().getDataSize();
        }
        if (record.getOriginColumns() != null) {
            for (RecordColumn cell : record.getOriginColumns()) {
                size += cell.getColumn().getDataSize();
            }
        }
        return size;
    }

    static void assertSameChanges(List<StreamChange> expected, List<StreamChange> actual, String context) {
        assertEquals(expected.size(), actual.size(), context + ": record count");
        for (int r = 0; r < expected.size(); r++) {
            assertSameChange(expected.get(r), actual.get(r), context + ", record " + r);
        }
    }

    private static void assertSameChange(StreamChange expected, StreamChange actual, String context) {
        assertEquals(expected.type(), actual.type(), context + ": type");
        assertEquals(expected.epoch(), actual.epoch(), context + ": epoch");
        assertEquals(expected.timestampMicros(), actual.timestampMicros(), context + ": sequence timestamp");
        assertEquals(expected.rowIndex(), actual.rowIndex(), context + ": row index");
        assertEquals(expected.keyCount(), actual.keyCount(), context + ": key count");
        for (int k = 0; k < expected.keyCount(); k++) {
            assertEquals(expected.keyName(k), actual.keyName(k), context + ": name of key " + k);
            assertSameColumn(expected.keyValue(k), actual.keyValue(k), context + ": value of key " + expected.keyName(k));
        }
        assertEquals(expected.cellCount(), actual.cellCount(), context + ": cell count");
        for (int c = 0; c < expected.cellCount(); c++) {
            String cell = context + ", cell " + c + " (" + expected.cellName(c) + ")";
            assertEquals(expected.cellName(c), actual.cellName(c), cell + ": name");
            RecordColumn.ColumnType op = expected.cellOp(c);
            assertEquals(op, actual.cellOp(c), cell + ": op");
            if (op != RecordColumn.ColumnType.DELETE_ALL_VERSION) {
                assertEquals(expected.cellVersion(c), actual.cellVersion(c), cell + ": version");
            }
            if (op == RecordColumn.ColumnType.PUT) {
                assertSameColumn(expected.cellValue(c), actual.cellValue(c), cell + ": value");
            } else {
                assertNull(expected.cellValue(c), cell + ": the SDK path's value of a delete");
                assertNull(actual.cellValue(c), cell + ": value of a delete");
            }
        }
        assertEquals(expected.payloadBytes(), actual.payloadBytes(), context + ": payload bytes");
    }

    private static void assertSameColumn(Column expected, Column actual, String context) {
        assertNotNull(expected, context + " (SDK path)");
        assertNotNull(actual, context);
        assertEquals(expected.getClass(), actual.getClass(), context + ": column class");
        assertEquals(expected.getType(), actual.getType(), context + ": column type");
        assertTrue(Objects.deepEquals(expected.getRawData(), actual.getRawData()),
                () -> context + ": expected " + show(expected.getRawData()) + " but was " + show(actual.getRawData()));
        assertEquals(expected.getByteSize(), actual.getByteSize(), context + ": byte size");
    }

    private static String show(Object raw) {
        return raw instanceof byte[] ? Arrays.toString((byte[]) raw) : String.valueOf(raw);
    }
}
