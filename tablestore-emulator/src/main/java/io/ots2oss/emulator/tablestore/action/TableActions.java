package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.aliyun.ots.thirdparty.com.google.protobuf.UnknownFieldSet;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.http.ActionHandler;
import io.ots2oss.emulator.tablestore.stream.TableStream;
import io.ots2oss.emulator.tablestore.table.Table;
import io.ots2oss.emulator.tablestore.table.TableRegistry;

import java.util.Map;

/** CreateTable, UpdateTable, DescribeTable, ListTable and DeleteTable. */
public final class TableActions {
    /**
     * {@code table_status = 4} (ACTIVE = 1): the service still sends it and older protocol definitions (the
     * Node.js SDK's) declare it required, but the Java SDK's classes dropped the field, so it goes out as an
     * unknown field.
     */
    private static final UnknownFieldSet ACTIVE_TABLE_STATUS = UnknownFieldSet.newBuilder()
            .addField(4, UnknownFieldSet.Field.newBuilder().addVarint(1).build())
            .build();

    private final TableRegistry registry;

    public TableActions(TableRegistry registry) {
        this.registry = registry;
    }

    public void register(Map<String, ActionHandler> actions) {
        actions.put("CreateTable", this::createTable);
        actions.put("UpdateTable", this::updateTable);
        actions.put("DescribeTable", this::describeTable);
        actions.put("ListTable", this::listTable);
        actions.put("DeleteTable", this::deleteTable);
    }

    private byte[] createTable(byte[] body) throws Exception {
        OtsInternalApi.CreateTableRequest request = OtsInternalApi.CreateTableRequest.parseFrom(body);
        OtsInternalApi.TableMeta meta = request.getTableMeta();
        TableRules.checkTableName(meta.getTableName());
        if (request.hasStreamSpec()) {
            TableRules.checkStreamSpec(request.getStreamSpec());
        }
        if (meta.getPrimaryKeyCount() == 0 || meta.getPrimaryKeyCount() > 4) {
            throw OtsError.invalidParameter("The number of primary key columns must be in range: [1, 4].");
        }
        for (OtsInternalApi.PrimaryKeySchema pk : meta.getPrimaryKeyList()) {
            if (pk.hasOption()) {
                throw OtsError.invalidParameter("Auto-increment primary keys are not supported by the emulator.");
            }
        }
        OtsInternalApi.TableOptions options = defaultOptions().mergeFrom(request.getTableOptions()).build();
        registry.create(meta, options, request.hasStreamSpec() ? request.getStreamSpec() : null);
        return OtsInternalApi.CreateTableResponse.getDefaultInstance().toByteArray();
    }

    private static OtsInternalApi.TableOptions.Builder defaultOptions() {
        return OtsInternalApi.TableOptions.newBuilder().setTimeToLive(-1).setMaxVersions(1)
                .setDeviationCellVersionInSec(86400).setAllowUpdate(true);
    }

    private byte[] updateTable(byte[] body) throws Exception {
        OtsInternalApi.UpdateTableRequest request = OtsInternalApi.UpdateTableRequest.parseFrom(body);
        Table table = registry.get(request.getTableName());
        if (request.hasStreamSpec()) {
            TableRules.checkStreamSpec(request.getStreamSpec());
        }
        if (request.hasTableOptions()) {
            registry.updateOptions(table, request.getTableOptions());
        }
        if (request.hasStreamSpec()) {
            registry.updateStream(table, request.getStreamSpec());
        }
        return OtsInternalApi.UpdateTableResponse.newBuilder()
                .setReservedThroughputDetails(throughput(table))
                .setTableOptions(table.options())
                .setStreamDetails(streamDetails(table))
                .build().toByteArray();
    }

    private byte[] describeTable(byte[] body) throws Exception {
        Table table = registry.get(OtsInternalApi.DescribeTableRequest.parseFrom(body).getTableName());
        return OtsInternalApi.DescribeTableResponse.newBuilder()
                .setTableMeta(table.meta())
                .setReservedThroughputDetails(throughput(table))
                .setTableOptions(table.options())
                .setStreamDetails(streamDetails(table))
                .setCreationTime(table.creationTimeSeconds() * 1_000_000L)
                .setUnknownFields(ACTIVE_TABLE_STATUS)
                .build().toByteArray();
    }

    private static OtsInternalApi.ReservedThroughputDetails throughput(Table table) {
        return OtsInternalApi.ReservedThroughputDetails.newBuilder()
                .setCapacityUnit(OtsInternalApi.CapacityUnit.newBuilder().setRead(0).setWrite(0))
                .setLastIncreaseTime(table.creationTimeSeconds())
                .build();
    }

    private static OtsInternalApi.StreamDetails streamDetails(Table table) {
        TableStream stream = table.stream();
        OtsInternalApi.StreamDetails.Builder details = OtsInternalApi.StreamDetails.newBuilder().setEnableStream(stream != null);
        if (stream != null) {
            details.setStreamId(stream.streamId())
                    .setExpirationTime(stream.expirationHours())
                    .setLastEnableTime(table.streamEnableTimeMicros())
                    .addAllColumnToGet(table.streamColumns());
        }
        return details.build();
    }

    private byte[] listTable(byte[] body) {
        return OtsInternalApi.ListTableResponse.newBuilder().addAllTableNames(registry.names()).build().toByteArray();
    }

    private byte[] deleteTable(byte[] body) throws Exception {
        registry.delete(OtsInternalApi.DeleteTableRequest.parseFrom(body).getTableName());
        return OtsInternalApi.DeleteTableResponse.getDefaultInstance().toByteArray();
    }
}
