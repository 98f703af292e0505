package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.Timeseries;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.http.ActionHandler;
import io.ots2oss.emulator.tablestore.table.RowWriter;
import io.ots2oss.emulator.tablestore.table.Table;
import io.ots2oss.emulator.tablestore.table.TableRegistry;
import io.ots2oss.emulator.tablestore.timeseries.DataPoint;
import io.ots2oss.emulator.tablestore.timeseries.FlatBufferRowsDecoder;
import io.ots2oss.emulator.tablestore.timeseries.TimeseriesLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time-series tables: Create/Describe/List/Update/DeleteTimeseriesTable and PutTimeseriesData. The data lives in
 * the hidden wide table of {@link TimeseriesLayout}, written through {@link RowWriter}, so every point also becomes
 * a PUT_ROW record of the table's stream (always enabled). GetTimeseriesData is {@link TimeseriesReadAction}.
 */
public final class TimeseriesActions {
    private static final String STATUS = "CREATED";

    private final TableRegistry registry;
    private final RowWriter writer;
    private final Map<String, Timeseries.TimeseriesTableMeta> metas = new ConcurrentHashMap<>();

    public TimeseriesActions(TableRegistry registry, RowWriter writer) {
        this.registry = registry;
        this.writer = writer;
    }

    public void register(Map<String, ActionHandler> actions) {
        actions.put("CreateTimeseriesTable", this::createTable);
        actions.put("DescribeTimeseriesTable", this::describeTable);
        actions.put("ListTimeseriesTable", this::listTables);
        actions.put("UpdateTimeseriesTable", this::updateTable);
        actions.put("DeleteTimeseriesTable", this::deleteTable);
        actions.put("PutTimeseriesData", this::putData);
        new TimeseriesReadAction(registry).register(actions);
    }

    private byte[] createTable(byte[] body) throws Exception {
        Timeseries.CreateTimeseriesTableRequest request = Timeseries.CreateTimeseriesTableRequest.parseFrom(body);
        Timeseries.TimeseriesTableMeta requested = request.getTableMeta();
        String name = requested.getTableName();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,254}")) {
            throw OtsError.invalidParameter("Invalid table name: '" + name + "'.");
        }
        if (requested.getTimeseriesKeySchemaCount() > 0 || requested.getFieldPrimaryKeySchemaCount() > 0
                || request.getLastpointIndexMetasCount() > 0 || request.getAnalyticalStoresCount() > 0) {
            throw OtsError.invalidParameter("Custom time-series keys, field primary keys, lastpoint indexes and "
                    + "analytical stores are not supported by the emulator.");
        }
        Timeseries.TimeseriesTableMeta meta = Timeseries.TimeseriesTableMeta.newBuilder()
                .setTableName(name)
                .setTableOptions(Timeseries.TimeseriesTableOptions.newBuilder().setTimeToLive(-1)
                        .mergeFrom(requested.getTableOptions()))
                .setMetaOptions(Timeseries.TimeseriesMetaOptions.newBuilder().setAllowUpdateAttributes(true).setMetaTimeToLive(-1)
                        .mergeFrom(requested.getMetaOptions()))
                .setStatus(STATUS)
                .build();
        registry.createTimeseries(name, TimeseriesLayout.hiddenTableMeta(name), dataTableOptions(meta));
        metas.put(name, meta);
        return Timeseries.CreateTimeseriesTableResponse.getDefaultInstance().toByteArray();
    }

    private static OtsInternalApi.TableOptions dataTableOptions(Timeseries.TimeseriesTableMeta meta) {
        return OtsInternalApi.TableOptions.newBuilder().setTimeToLive(meta.getTableOptions().getTimeToLive()).setMaxVersions(1)
                .setDeviationCellVersionInSec(Integer.MAX_VALUE).setAllowUpdate(true).build();
    }

    private Timeseries.TimeseriesTableMeta meta(String name) {
        registry.getTimeseries(name);
        Timeseries.TimeseriesTableMeta meta = metas.get(name);
        if (meta == null) {
            throw OtsError.tableNotFound();
        }
        return meta;
    }

    private byte[] describeTable(byte[] body) throws Exception {
        String name = Timeseries.DescribeTimeseriesTableRequest.parseFrom(body).getTableName();
        return Timeseries.DescribeTimeseriesTableResponse.newBuilder().setTableMeta(meta(name)).build().toByteArray();
    }

    private byte[] listTables(byte[] body) {
        Timeseries.ListTimeseriesTableResponse.Builder response = Timeseries.ListTimeseriesTableResponse.newBuilder();
        for (String name : registry.timeseriesNames()) {
            Timeseries.TimeseriesTableMeta meta = metas.get(name);
            if (meta != null) {
                response.addTableMetas(meta);
            }
        }
        return response.build().toByteArray();
    }

    private byte[] updateTable(byte[] body) throws Exception {
        Timeseries.UpdateTimeseriesTableRequest request = Timeseries.UpdateTimeseriesTableRequest.parseFrom(body);
        Timeseries.TimeseriesTableMeta.Builder meta = meta(request.getTableName()).toBuilder();
        if (request.hasTableOptions()) {
            meta.getTableOptionsBuilder().mergeFrom(request.getTableOptions());
        }
        if (request.hasMetaOptions()) {
            meta.getMetaOptionsBuilder().mergeFrom(request.getMetaOptions());
        }
        Timeseries.TimeseriesTableMeta updated = meta.build();
        registry.updateOptions(registry.getTimeseries(updated.getTableName()), dataTableOptions(updated));
        metas.put(updated.getTableName(), updated);
        return Timeseries.UpdateTimeseriesTableResponse.getDefaultInstance().toByteArray();
    }

    private byte[] deleteTable(byte[] body) throws Exception {
        String name = Timeseries.DeleteTimeseriesTableRequest.parseFrom(body).getTableName();
        registry.deleteTimeseries(name);
        metas.remove(name);
        return Timeseries.DeleteTimeseriesTableResponse.getDefaultInstance().toByteArray();
    }

    private byte[] putData(byte[] body) throws Exception {
        Timeseries.PutTimeseriesDataRequest request = Timeseries.PutTimeseriesDataRequest.parseFrom(body);
        Table table = registry.getTimeseries(request.getTableName());
        Timeseries.TimeseriesRows rows = request.getRowsData();
        if (rows.getType() != Timeseries.RowsSerializeType.RST_FLAT_BUFFER) {
            throw OtsError.invalidParameter("Unsupported rows serialize type: " + rows.getType() + ".");
        }
        byte[] flatBuffer = rows.getRowsData().toByteArray();
        FlatBufferRowsDecoder.checkCrc(flatBuffer, rows.hasFlatbufferCrc32C() ? rows.getFlatbufferCrc32C() : null);
        Timeseries.PutTimeseriesDataResponse.Builder response = Timeseries.PutTimeseriesDataResponse.newBuilder();
        for (FlatBufferRowsDecoder.Decoded row : FlatBufferRowsDecoder.decode(flatBuffer)) {
            String error = row.error();
            if (error == null) {
                try {
                    write(table, row.point());
                } catch (OtsError e) {
                    error = e.getMessage();
                }
            }
            if (error != null) {
                response.addFailedRows(Timeseries.FailedRowInfo.newBuilder().setRowIndex(row.index())
                        .setErrorCode("OTSParameterInvalid").setErrorMessage(error));
            }
        }
        return response.build().toByteArray();
    }

    private void write(Table table, DataPoint point) {
        long cellTimestampMillis = Math.floorDiv(point.timeMicros(), 1000L);
        List<PlainBufferCell> cells = new ArrayList<>(point.fields().size());
        for (DataPoint.Field field : point.fields()) {
            cells.add(RowCodec.dataCell(TimeseriesLayout.cellName(field.name(), field.value().getType()),
                    field.value(), cellTimestampMillis, null));
        }
        PlainBufferRow row = new PlainBufferRow(RowCodec.primaryKeyCells(
                TimeseriesLayout.rowKey(point.series(), PrimaryKeyValue.fromLong(point.timeMicros()))), cells, false);
        writer.apply(table, RowWriter.Kind.PUT, RowCodec.encodeRow(row), OtsInternalApi.Condition.getDefaultInstance());
    }
}
