package io.ots2oss.otsstreamreader.status;

import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.SyncClientInterface;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.*;
import io.ots2oss.otsstreamreader.ReaderErrorCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads and writes the reader's rows in the status table of one stream. */
public final class StatusTable {
    private final SyncClientInterface client;
    private final String table;
    private final StatusKeys keys;

    public StatusTable(SyncClientInterface client, String table, String streamId) {
        this.client = client;
        this.table = table;
        this.keys = new StatusKeys(streamId);
    }

    public String name() {
        return table;
    }

    /** Reads only: rejects an existing table with another schema; returns whether the table exists. */
    public static boolean checkSchemaIfExists(SyncClientInterface client, String table) {
        TableMeta meta = describeOrNull(client, table);
        if (meta != null && !StatusSchema.PRIMARY_KEY.equals(meta.getPrimaryKeyList())) {
            throw DataXException.asDataXException(ReaderErrorCode.STATUS_TABLE_PROBLEM,
                    "Unexpected table meta in status table '" + table + "' (key 'statusTable'): its primary key is "
                            + describe(meta.getPrimaryKeyList()) + ", expected StreamId STRING, StatusType STRING, "
                            + "StatusValue STRING. Use another statusTable name, or drop this table.");
        }
        return meta != null;
    }

    /** Creates the table with upstream's schema when missing; rejects an existing table with another schema. */
    public static void ensureExists(SyncClientInterface client, String table) {
        if (checkSchemaIfExists(client, table)) {
            return;
        }
        TableMeta wanted = new TableMeta(table);
        wanted.addPrimaryKeyColumns(StatusSchema.PRIMARY_KEY);
        CreateTableRequest request = new CreateTableRequest(wanted, new TableOptions(StatusSchema.TTL_SECONDS, 1),
                new ReservedThroughput(new CapacityUnit(0, 0)));
        try {
            client.createTable(request);
        } catch (TableStoreException e) {
            if ("OTSObjectAlreadyExist".equals(e.getErrorCode())) {
                ensureExists(client, table);
                return;
            }
            if ("OTSNoPermissionAccess".equals(e.getErrorCode()) || "OTSAuthFailed".equals(e.getErrorCode())
                    || "OTSAccessDenied".equals(e.getErrorCode())) {
                throw DataXException.asDataXException(ReaderErrorCode.STATUS_TABLE_PROBLEM,
                        "Cannot create status table '" + table + "' (key 'statusTable'): the account lacks the CreateTable "
                                + "permission [" + e.getErrorCode() + ": " + e.getMessage() + "]. Create the table beforehand "
                                + "(primary key StreamId, StatusType, StatusValue, all STRING) or grant CreateTable.", e);
            }
            throw e;
        }
    }

    private static TableMeta describeOrNull(SyncClientInterface client, String table) {
        try {
            return client.describeTable(new DescribeTableRequest(table)).getTableMeta();
        } catch (TableStoreException e) {
            if ("OTSObjectNotExist".equals(e.getErrorCode())) {
                return null;
            }
            throw e;
        }
    }

    private static String describe(List<PrimaryKeySchema> schema) {
        StringBuilder sb = new StringBuilder("(");
        for (PrimaryKeySchema column : schema) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(column.getName()).append(' ').append(column.getType());
        }
        return sb.append(')').toString();
    }

    public void writeCheckpoint(long windowEndMillis, ShardCheckpoint checkpoint) {
        client.putRow(new PutRowRequest(StatusRows.checkpointRow(table, keys.checkpoint(windowEndMillis, checkpoint.shardId()), checkpoint)));
    }

    public ShardCheckpoint readCheckpoint(long windowEndMillis, String shardId) {
        Row row = getRow(keys.checkpoint(windowEndMillis, shardId));
        return row == null ? null : StatusRows.checkpointOf(shardId, row);
    }

    /** All shard checkpoints stored for the window ending at the given time, by shard id. */
    public Map<String, ShardCheckpoint> readCheckpoints(long windowEndMillis) {
        Map<String, ShardCheckpoint> result = new HashMap<String, ShardCheckpoint>();
        for (Row row : checkpointRows(windowEndMillis)) {
            String value = row.getPrimaryKey().getPrimaryKeyColumn(StatusSchema.PK_STATUS_VALUE).getValue().asString();
            String shardId = StatusKeys.shardIdOfCheckpoint(value);
            if (shardId != null && row.contains(StatusSchema.COL_CHECKPOINT)) {
                result.put(shardId, StatusRows.checkpointOf(shardId, row));
            }
        }
        return result;
    }

    /** Removes the checkpoints of the window ending at the given time, so a re-run starts clean. */
    public int clearCheckpoints(long windowEndMillis) {
        List<Row> rows = checkpointRows(windowEndMillis);
        for (Row row : rows) {
            client.deleteRow(new DeleteRowRequest(new RowDeleteChange(table, row.getPrimaryKey())));
        }
        return rows.size();
    }

    public void writeJobDesc(StreamJobDesc job) {
        client.putRow(new PutRowRequest(StatusRows.jobDescRow(table, keys.jobDesc(job.endMillis()), job)));
    }

    public StreamJobDesc readJobDesc(long windowEndMillis) {
        Row row = getRow(keys.jobDesc(windowEndMillis));
        return row == null ? null : StatusRows.jobDescOf(row);
    }

    /** Every job description of this stream, by window end (oldest first); used by the status tools. */
    public List<StreamJobDesc> readJobDescs() {
        RangeIteratorParameter range = new RangeIteratorParameter(table);
        range.setMaxVersions(1);
        range.setInclusiveStartPrimaryKey(keys.jobDescRange(""));
        range.setExclusiveEndPrimaryKey(keys.jobDescRange(StatusSchema.LARGEST_SHARD_ID));
        List<StreamJobDesc> result = new ArrayList<StreamJobDesc>();
        Iterator<Row> it = client.createRangeIterator(range);
        while (it.hasNext()) {
            Row row = it.next();
            if (row.contains(StatusSchema.COL_JOB_END_TIME) && row.contains(StatusSchema.COL_JOB_START_TIME)) {
                result.add(StatusRows.jobDescOf(row));
            }
        }
        return result;
    }

    /** The shard count very old readers stored instead of a job description, or -1. */
    public int readLegacyShardCount(long windowEndMillis) {
        Row row = getRow(keys.shardCount(windowEndMillis));
        if (row == null || !row.contains(StatusSchema.COL_SHARD_COUNT)) {
            return -1;
        }
        return (int) row.getLatestColumn(StatusSchema.COL_SHARD_COUNT).getValue().asLong();
    }

    public void writeShardTimeCheckpoint(String shardId, long millis, String iterator) {
        RowPutChange change = new RowPutChange(table, keys.shardTimeCheckpoint(shardId, millis));
        change.addColumn(StatusSchema.COL_CHECKPOINT, ColumnValue.fromString(iterator));
        client.putRow(new PutRowRequest(change));
    }

    private Row getRow(PrimaryKey key) {
        SingleRowQueryCriteria criteria = new SingleRowQueryCriteria(table, key);
        criteria.setMaxVersions(1);
        return client.getRow(new GetRowRequest(criteria)).getRow();
    }

    private List<Row> checkpointRows(long windowEndMillis) {
        RangeIteratorParameter range = new RangeIteratorParameter(table);
        range.setMaxVersions(1);
        range.setInclusiveStartPrimaryKey(keys.checkpoint(windowEndMillis, ""));
        range.setExclusiveEndPrimaryKey(keys.checkpoint(windowEndMillis, StatusSchema.LARGEST_SHARD_ID));
        List<Row> rows = new ArrayList<Row>();
        Iterator<Row> it = client.createRangeIterator(range);
        while (it.hasNext()) {
            rows.add(it.next());
        }
        return rows;
    }
}
