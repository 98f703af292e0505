package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.core.ResponseContentWithMeta;
import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferConsts;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.core.protocol.ResponseFactory;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.Response;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import io.ots2oss.emulator.tablestore.stream.StreamRecordEncoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GetStreamRecord replies as the service sends them: each record's row written by the SDK's own PlainBuffer encoder,
 * with the sequence-info extension spliced in as the emulator does; and the SDK's own way of reading them.
 */
public final class StreamReplies {
    private StreamReplies() {
    }

    public static PlainBufferCell key(String name, PrimaryKeyValue value) {
        PlainBufferCell cell = new PlainBufferCell();
        cell.setCellName(name);
        cell.setPkCellValue(value);
        return cell;
    }

    public static PlainBufferCell put(String name, ColumnValue value, long version) {
        return RowCodec.dataCell(name, value, version, null);
    }

    public static PlainBufferCell deleteOneVersion(String name, long version) {
        return RowCodec.dataCell(name, null, version, PlainBufferConsts.DELETE_ONE_VERSION);
    }

    public static PlainBufferCell deleteAllVersions(String name) {
        return RowCodec.dataCell(name, null, null, PlainBufferConsts.DELETE_ALL_VERSION);
    }

    public static PlainBufferRow row(List<PlainBufferCell> keys, List<PlainBufferCell> cells, boolean deleteMarker) {
        return new PlainBufferRow(new ArrayList<>(keys), new ArrayList<>(cells), deleteMarker);
    }

    public static PlainBufferRow row(List<PlainBufferCell> keys, PlainBufferCell... cells) {
        return row(keys, Arrays.asList(cells), false);
    }

    /** A row's bytes with a header, as the SDK's encoder writes them (no extension). */
    public static byte[] plainBuffer(PlainBufferRow row) {
        return RowCodec.encodeRow(row);
    }

    /** A row's bytes with a header and the sequence-info extension, as a stream record carries them. */
    public static byte[] withSequence(PlainBufferRow row, int epoch, long timestampMicros, int rowIndex) {
        return StreamRecordEncoder.withSequenceInfo(plainBuffer(row), epoch, timestampMicros, rowIndex);
    }

    public static OtsInternalApi.GetStreamRecordResponse.StreamRecord record(OtsInternalApi.ActionType action, byte[] record,
                                                                             byte[] originOrNull) {
        OtsInternalApi.GetStreamRecordResponse.StreamRecord.Builder builder = OtsInternalApi.GetStreamRecordResponse.StreamRecord
                .newBuilder().setActionType(action).setRecord(ByteString.copyFrom(record));
        if (originOrNull != null) {
            builder.setOriginRecord(ByteString.copyFrom(originOrNull));
        }
        return builder.build();
    }

    public static OtsInternalApi.GetStreamRecordResponse reply(List<OtsInternalApi.GetStreamRecordResponse.StreamRecord> records) {
        return OtsInternalApi.GetStreamRecordResponse.newBuilder().addAllStreamRecords(records).build();
    }

    public static OtsInternalApi.GetStreamRecordResponse reply(OtsInternalApi.GetStreamRecordResponse.StreamRecord... records) {
        return reply(Arrays.asList(records));
    }

    /** Where {@code pattern} first occurs in {@code bytes}. */
    public static int indexOf(byte[] bytes, byte... pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + pattern.length), pattern)) {
                return i;
            }
        }
        throw new IllegalArgumentException("pattern not found: " + Arrays.toString(pattern));
    }

    /** The reply as the SDK turns it into its model ({@code SyncClient.getStreamRecord} does exactly this). */
    public static List<StreamRecord> sdkRecords(OtsInternalApi.GetStreamRecordResponse reply, boolean timeseriesForm) {
        ResponseContentWithMeta content = new ResponseContentWithMeta(reply, new Response("decoder-test"));
        return ResponseFactory.createGetStreamRecordResponse(content, reply, timeseriesForm).getRecords();
    }
}
