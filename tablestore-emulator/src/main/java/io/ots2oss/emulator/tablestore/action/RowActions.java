package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import io.ots2oss.emulator.tablestore.http.ActionHandler;
import io.ots2oss.emulator.tablestore.table.ReadSpec;
import io.ots2oss.emulator.tablestore.table.RowReader;
import io.ots2oss.emulator.tablestore.table.RowWriter;
import io.ots2oss.emulator.tablestore.table.Table;
import io.ots2oss.emulator.tablestore.table.TableRegistry;

import java.util.Map;

/** PutRow, UpdateRow, DeleteRow and GetRow. */
public final class RowActions {
    private final TableRegistry registry;
    private final RowWriter writer;
    private final EmulatorClock clock;

    public RowActions(TableRegistry registry, RowWriter writer) {
        this.registry = registry;
        this.writer = writer;
        this.clock = registry.clock();
    }

    public void register(Map<String, ActionHandler> actions) {
        actions.put("PutRow", this::putRow);
        actions.put("UpdateRow", this::updateRow);
        actions.put("DeleteRow", this::deleteRow);
        actions.put("GetRow", this::getRow);
    }

    private byte[] putRow(byte[] body) throws Exception {
        OtsInternalApi.PutRowRequest request = OtsInternalApi.PutRowRequest.parseFrom(body);
        PrimaryKey pk = writer.apply(registry.get(request.getTableName()), RowWriter.Kind.PUT,
                request.getRow().toByteArray(), request.getCondition());
        return OtsInternalApi.PutRowResponse.newBuilder().setConsumed(Consumed.of(0, 1))
                .setRow(returnedRow(request.hasReturnContent() ? request.getReturnContent() : null, pk)).build().toByteArray();
    }

    private byte[] updateRow(byte[] body) throws Exception {
        OtsInternalApi.UpdateRowRequest request = OtsInternalApi.UpdateRowRequest.parseFrom(body);
        PrimaryKey pk = writer.apply(registry.get(request.getTableName()), RowWriter.Kind.UPDATE,
                request.getRowChange().toByteArray(), request.getCondition());
        return OtsInternalApi.UpdateRowResponse.newBuilder().setConsumed(Consumed.of(0, 1))
                .setRow(returnedRow(request.hasReturnContent() ? request.getReturnContent() : null, pk)).build().toByteArray();
    }

    private byte[] deleteRow(byte[] body) throws Exception {
        OtsInternalApi.DeleteRowRequest request = OtsInternalApi.DeleteRowRequest.parseFrom(body);
        PrimaryKey pk = writer.apply(registry.get(request.getTableName()), RowWriter.Kind.DELETE,
                request.getPrimaryKey().toByteArray(), request.getCondition());
        return OtsInternalApi.DeleteRowResponse.newBuilder().setConsumed(Consumed.of(0, 1))
                .setRow(returnedRow(request.hasReturnContent() ? request.getReturnContent() : null, pk)).build().toByteArray();
    }

    /** RT_PK (and, approximated, RT_AFTER_MODIFY) return the primary key; RT_NONE returns nothing. */
    static ByteString returnedRow(OtsInternalApi.ReturnContent content, PrimaryKey pk) {
        if (content == null || content.getReturnType() == OtsInternalApi.ReturnType.RT_NONE) {
            return ByteString.EMPTY;
        }
        return ByteString.copyFrom(RowCodec.encodePrimaryKey(pk));
    }

    private byte[] getRow(byte[] body) throws Exception {
        OtsInternalApi.GetRowRequest request = OtsInternalApi.GetRowRequest.parseFrom(body);
        Table table = registry.get(request.getTableName());
        PrimaryKey pk = RowCodec.decodePrimaryKey(request.getPrimaryKey().toByteArray());
        table.checkPrimaryKey(pk, false);
        ReadSpec spec = ReadSpec.of(request.getColumnsToGetList(), request.hasTimeRange(), request.getTimeRange(),
                request.hasMaxVersions(), request.getMaxVersions());
        PlainBufferRow row = RowReader.project(table.rows().get(pk), spec, table.ttlCutoffMillis(clock.nowMillis()));
        return OtsInternalApi.GetRowResponse.newBuilder()
                .setConsumed(Consumed.of(1, 0))
                .setRow(row == null ? ByteString.EMPTY : ByteString.copyFrom(RowCodec.encodeRow(row)))
                .build().toByteArray();
    }
}
