package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.http.ActionHandler;
import io.ots2oss.emulator.tablestore.table.ReadSpec;
import io.ots2oss.emulator.tablestore.table.RowReader;
import io.ots2oss.emulator.tablestore.table.RowWriter;
import io.ots2oss.emulator.tablestore.table.Table;
import io.ots2oss.emulator.tablestore.table.TableRegistry;

import java.util.Map;

/** BatchGetRow and BatchWriteRow: rows succeed or fail one by one, results in request order. */
public final class BatchActions {
    private final TableRegistry registry;
    private final RowWriter writer;
    private final EmulatorClock clock;

    public BatchActions(TableRegistry registry, RowWriter writer) {
        this.registry = registry;
        this.writer = writer;
        this.clock = registry.clock();
    }

    public void register(Map<String, ActionHandler> actions) {
        actions.put("BatchGetRow", this::batchGetRow);
        actions.put("BatchWriteRow", this::batchWriteRow);
    }

    private byte[] batchGetRow(byte[] body) throws Exception {
        OtsInternalApi.BatchGetRowRequest request = OtsInternalApi.BatchGetRowRequest.parseFrom(body);
        OtsInternalApi.BatchGetRowResponse.Builder response = OtsInternalApi.BatchGetRowResponse.newBuilder();
        for (OtsInternalApi.TableInBatchGetRowRequest tableRequest : request.getTablesList()) {
            OtsInternalApi.TableInBatchGetRowResponse.Builder tableResponse =
                    OtsInternalApi.TableInBatchGetRowResponse.newBuilder().setTableName(tableRequest.getTableName());
            Table table = registry.find(tableRequest.getTableName());
            ReadSpec spec = ReadSpec.of(tableRequest.getColumnsToGetList(), tableRequest.hasTimeRange(),
                    tableRequest.getTimeRange(), tableRequest.hasMaxVersions(), tableRequest.getMaxVersions());
            for (ByteString key : tableRequest.getPrimaryKeyList()) {
                tableResponse.addRows(getOne(table, key, spec));
            }
            response.addTables(tableResponse);
        }
        return response.build().toByteArray();
    }

    private OtsInternalApi.RowInBatchGetRowResponse getOne(Table table, ByteString key, ReadSpec spec) {
        try {
            if (table == null) {
                throw OtsError.tableNotFound();
            }
            PrimaryKey pk = RowCodec.decodePrimaryKey(key.toByteArray());
            table.checkPrimaryKey(pk, false);
            PlainBufferRow row = RowReader.project(table.rows().get(pk), spec, table.ttlCutoffMillis(clock.nowMillis()));
            return OtsInternalApi.RowInBatchGetRowResponse.newBuilder().setIsOk(true).setConsumed(Consumed.of(1, 0))
                    .setRow(row == null ? ByteString.EMPTY : ByteString.copyFrom(RowCodec.encodeRow(row))).build();
        } catch (OtsError e) {
            return OtsInternalApi.RowInBatchGetRowResponse.newBuilder().setIsOk(false).setError(error(e)).build();
        }
    }

    private byte[] batchWriteRow(byte[] body) throws Exception {
        OtsInternalApi.BatchWriteRowRequest request = OtsInternalApi.BatchWriteRowRequest.parseFrom(body);
        OtsInternalApi.BatchWriteRowResponse.Builder response = OtsInternalApi.BatchWriteRowResponse.newBuilder();
        for (OtsInternalApi.TableInBatchWriteRowRequest tableRequest : request.getTablesList()) {
            OtsInternalApi.TableInBatchWriteRowResponse.Builder tableResponse =
                    OtsInternalApi.TableInBatchWriteRowResponse.newBuilder().setTableName(tableRequest.getTableName());
            Table table = registry.find(tableRequest.getTableName());
            for (OtsInternalApi.RowInBatchWriteRowRequest row : tableRequest.getRowsList()) {
                tableResponse.addRows(writeOne(table, row));
            }
            response.addTables(tableResponse);
        }
        return response.build().toByteArray();
    }

    private OtsInternalApi.RowInBatchWriteRowResponse writeOne(Table table, OtsInternalApi.RowInBatchWriteRowRequest row) {
        try {
            if (table == null) {
                throw OtsError.tableNotFound();
            }
            PrimaryKey pk = writer.apply(table, kind(row.getType()), row.getRowChange().toByteArray(), row.getCondition());
            return OtsInternalApi.RowInBatchWriteRowResponse.newBuilder().setIsOk(true).setConsumed(Consumed.of(0, 1))
                    .setRow(RowActions.returnedRow(row.hasReturnContent() ? row.getReturnContent() : null, pk)).build();
        } catch (OtsError e) {
            return OtsInternalApi.RowInBatchWriteRowResponse.newBuilder().setIsOk(false).setError(error(e)).build();
        }
    }

    private static RowWriter.Kind kind(OtsInternalApi.OperationType type) {
        switch (type) {
            case PUT: return RowWriter.Kind.PUT;
            case UPDATE: return RowWriter.Kind.UPDATE;
            case DELETE: return RowWriter.Kind.DELETE;
            default: throw OtsError.invalidParameter("Unknown operation type: " + type + ".");
        }
    }

    private static OtsInternalApi.Error error(OtsError e) {
        return OtsInternalApi.Error.newBuilder().setCode(e.code()).setMessage(e.getMessage()).build();
    }
}
