package io.ots2oss.otsstreamreader.status;

import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.Row;
import com.alicloud.openservices.tablestore.model.RowPutChange;

import java.util.ArrayList;
import java.util.List;

/** Maps checkpoints and job descriptions to and from status-table rows, cell for cell like upstream. */
public final class StatusRows {
    private StatusRows() {
    }

    public static RowPutChange checkpointRow(String table, PrimaryKey key, ShardCheckpoint checkpoint) {
        RowPutChange change = new RowPutChange(table, key);
        change.addColumn(StatusSchema.COL_VERSION, ColumnValue.fromString(checkpoint.version()));
        change.addColumn(StatusSchema.COL_CHECKPOINT, ColumnValue.fromString(checkpoint.position()));
        change.addColumn(StatusSchema.COL_SKIP_COUNT, ColumnValue.fromLong(checkpoint.skipCount()));
        if (checkpoint.sendRecordCount() > 0) {
            change.addColumn(StatusSchema.COL_SEND_RECORD_COUNT, ColumnValue.fromLong(checkpoint.sendRecordCount()));
        }
        return change;
    }

    public static ShardCheckpoint checkpointOf(String shardId, Row row) {
        String position = row.getLatestColumn(StatusSchema.COL_CHECKPOINT).getValue().asString();
        long skipCount = row.contains(StatusSchema.COL_SKIP_COUNT)
                ? row.getLatestColumn(StatusSchema.COL_SKIP_COUNT).getValue().asLong() : 0L;
        String version = row.contains(StatusSchema.COL_VERSION)
                ? row.getLatestColumn(StatusSchema.COL_VERSION).getValue().asString() : "";
        long sent = row.contains(StatusSchema.COL_SEND_RECORD_COUNT)
                ? row.getLatestColumn(StatusSchema.COL_SEND_RECORD_COUNT).getValue().asLong() : 0L;
        return new ShardCheckpoint(shardId, version, position, skipCount, sent);
    }

    public static RowPutChange jobDescRow(String table, PrimaryKey key, StreamJobDesc job) {
        RowPutChange change = new RowPutChange(table, key);
        List<byte[]> cells = ShardIdListCodec.encode(new ArrayList<String>(job.shardIds()));
        for (int i = 0; i < cells.size(); i++) {
            change.addColumn(StatusSchema.COL_JOB_SHARD_IDS_PREFIX + i, ColumnValue.fromBinary(cells.get(i)));
        }
        change.addColumn(StatusSchema.COL_JOB_VERSION, ColumnValue.fromString(job.version()));
        change.addColumn(StatusSchema.COL_JOB_TABLE_NAME, ColumnValue.fromString(job.tableName()));
        change.addColumn(StatusSchema.COL_JOB_STREAM_ID, ColumnValue.fromString(job.streamId()));
        change.addColumn(StatusSchema.COL_JOB_START_TIME, ColumnValue.fromLong(job.startMillis()));
        change.addColumn(StatusSchema.COL_JOB_END_TIME, ColumnValue.fromLong(job.endMillis()));
        return change;
    }

    public static StreamJobDesc jobDescOf(Row row) {
        List<byte[]> cells = new ArrayList<byte[]>();
        for (int i = 0; ; i++) {
            Column cell = row.getLatestColumn(StatusSchema.COL_JOB_SHARD_IDS_PREFIX + i);
            if (cell == null) {
                break;
            }
            cells.add(cell.getValue().asBinary());
        }
        return new StreamJobDesc(
                text(row, StatusSchema.COL_JOB_TABLE_NAME),
                text(row, StatusSchema.COL_JOB_STREAM_ID),
                text(row, StatusSchema.COL_JOB_VERSION),
                new java.util.HashSet<String>(ShardIdListCodec.decode(cells)),
                row.getLatestColumn(StatusSchema.COL_JOB_START_TIME).getValue().asLong(),
                row.getLatestColumn(StatusSchema.COL_JOB_END_TIME).getValue().asLong());
    }

    private static String text(Row row, String column) {
        return row.getLatestColumn(column).getValue().asString();
    }
}
