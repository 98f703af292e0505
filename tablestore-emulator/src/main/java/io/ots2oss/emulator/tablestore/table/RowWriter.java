package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCell;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferConsts;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.ColumnType;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.stream.TableStream;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies PutRow / UpdateRow / DeleteRow changes: checks the key and the row-existence condition,
 * assigns missing cell timestamps from the emulator clock, swaps in the new row state and appends
 * the stream record (PUT_ROW, UPDATE_ROW or DELETE_ROW) the service would produce, all under the
 * table's write lock so the stream follows write order.
 */
public final class RowWriter {
    private final EmulatorClock clock;

    public RowWriter(EmulatorClock clock) {
        this.clock = clock;
    }

    /** The kind of change, matching {@code OperationType} of BatchWriteRow. */
    public enum Kind { PUT, UPDATE, DELETE }

    /** Applies one change and returns the row's primary key. */
    public PrimaryKey apply(Table table, Kind kind, byte[] rowBuffer, OtsInternalApi.Condition condition) {
        PlainBufferRow change = RowCodec.decodeSingleRow(rowBuffer);
        PrimaryKey pk = RowCodec.primaryKeyOf(change);
        table.checkPrimaryKey(pk, false);
        if (condition.hasColumnCondition() && !condition.getColumnCondition().isEmpty()) {
            throw OtsError.invalidParameter("Column conditions are not supported by the emulator.");
        }
        table.writeLock().lock();
        try {
            long nowMicros = clock.nowMicros();
            long nowMillis = Math.floorDiv(nowMicros, 1000L);
            StoredRow existing = table.rows().get(pk);
            boolean exists = existing != null && existing.isVisible(table.ttlCutoffMillis(nowMillis));
            checkCondition(condition.getRowExistence(), exists);
            switch (kind) {
                case PUT:
                    put(table, pk, change, nowMillis, nowMicros);
                    break;
                case UPDATE:
                    update(table, pk, exists ? existing : null, change, nowMillis, nowMicros);
                    break;
                case DELETE:
                    delete(table, pk, nowMicros);
                    break;
                default:
                    throw new AssertionError(kind);
            }
            return pk;
        } finally {
            table.writeLock().unlock();
        }
    }

    private static void checkCondition(OtsInternalApi.RowExistenceExpectation expectation, boolean exists) {
        if (expectation == OtsInternalApi.RowExistenceExpectation.EXPECT_EXIST && !exists
                || expectation == OtsInternalApi.RowExistenceExpectation.EXPECT_NOT_EXIST && exists) {
            throw OtsError.conditionCheckFailed();
        }
    }

    private void put(Table table, PrimaryKey pk, PlainBufferRow change, long nowMillis, long nowMicros) {
        StoredRow.Builder row = new StoredRow.Builder(pk);
        List<PlainBufferCell> recordCells = new ArrayList<>();
        for (PlainBufferCell cell : change.getCells()) {
            if (!cell.hasCellValue() || cell.hasCellType()) {
                throw OtsError.invalidParameter("PutRow cells must carry a value and no operation.");
            }
            long ts = cell.hasCellTimestamp() ? cell.getCellTimestamp() : nowMillis;
            row.put(cell.getCellName(), ts, cell.getCellValue());
            recordCells.add(RowCodec.dataCell(cell.getCellName(), cell.getCellValue(), ts, null));
        }
        table.rows().put(row.build(table.maxVersions()));
        record(table, OtsInternalApi.ActionType.PUT_ROW, pk, recordCells, false, nowMicros);
    }

    private void update(Table table, PrimaryKey pk, StoredRow existing, PlainBufferRow change, long nowMillis, long nowMicros) {
        StoredRow.Builder row = existing == null ? new StoredRow.Builder(pk) : existing.toBuilder();
        List<PlainBufferCell> recordCells = new ArrayList<>();
        for (PlainBufferCell cell : change.getCells()) {
            String name = cell.getCellName();
            byte op = cell.hasCellType() ? cell.getCellType() : -1;
            if (op == -1) {
                if (!cell.hasCellValue()) {
                    throw OtsError.invalidParameter("A put cell must carry a value: " + name + ".");
                }
                long ts = cell.hasCellTimestamp() ? cell.getCellTimestamp() : nowMillis;
                row.put(name, ts, cell.getCellValue());
                recordCells.add(RowCodec.dataCell(name, cell.getCellValue(), ts, null));
            } else if (op == PlainBufferConsts.DELETE_ONE_VERSION) {
                if (!cell.hasCellTimestamp()) {
                    throw OtsError.invalidParameter("Deleting one version needs a timestamp: " + name + ".");
                }
                row.deleteVersion(name, cell.getCellTimestamp());
                recordCells.add(RowCodec.dataCell(name, null, cell.getCellTimestamp(), PlainBufferConsts.DELETE_ONE_VERSION));
            } else if (op == PlainBufferConsts.DELETE_ALL_VERSION) {
                row.deleteColumn(name);
                recordCells.add(RowCodec.dataCell(name, null, null, PlainBufferConsts.DELETE_ALL_VERSION));
            } else if (op == PlainBufferConsts.INCREMENT) {
                ColumnValue result = increment(row.latest(name), cell.getCellValue(), name);
                row.put(name, nowMillis, result);
                // The stream shows an increment as a put of the resulting value.
                recordCells.add(RowCodec.dataCell(name, result, nowMillis, null));
            } else {
                throw OtsError.invalidParameter("Unsupported cell operation " + op + " on column " + name + ".");
            }
        }
        if (row.hasColumns()) {
            table.rows().put(row.build(table.maxVersions()));
        } else {
            table.rows().remove(pk);
        }
        record(table, OtsInternalApi.ActionType.UPDATE_ROW, pk, recordCells, false, nowMicros);
    }

    private static ColumnValue increment(ColumnValue current, ColumnValue delta, String name) {
        if (delta == null || delta.getType() != ColumnType.INTEGER || current != null && current.getType() != ColumnType.INTEGER) {
            throw OtsError.invalidParameter("Increment needs INTEGER values: " + name + ".");
        }
        return ColumnValue.fromLong((current == null ? 0 : current.asLong()) + delta.asLong());
    }

    private void delete(Table table, PrimaryKey pk, long nowMicros) {
        table.rows().remove(pk);
        record(table, OtsInternalApi.ActionType.DELETE_ROW, pk, new ArrayList<>(), true, nowMicros);
    }

    private static void record(Table table, OtsInternalApi.ActionType action, PrimaryKey pk,
                               List<PlainBufferCell> cells, boolean deleteMarker, long nowMicros) {
        TableStream stream = table.stream();
        if (stream != null) {
            stream.append(action, pk, new PlainBufferRow(RowCodec.primaryKeyCells(pk), cells, deleteMarker), nowMicros);
        }
    }
}
