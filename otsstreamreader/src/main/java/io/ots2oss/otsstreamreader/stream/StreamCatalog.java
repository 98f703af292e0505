package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.DescribeStreamRequest;
import com.alicloud.openservices.tablestore.model.DescribeStreamResponse;
import com.alicloud.openservices.tablestore.model.DescribeTableRequest;
import com.alicloud.openservices.tablestore.model.DescribeTableResponse;
import com.alicloud.openservices.tablestore.model.PrimaryKeySchema;
import com.alicloud.openservices.tablestore.model.ListStreamRequest;
import com.alicloud.openservices.tablestore.model.Stream;
import com.alicloud.openservices.tablestore.model.StreamDetails;
import com.alicloud.openservices.tablestore.model.StreamShard;
import com.alicloud.openservices.tablestore.model.timeseries.DescribeTimeseriesTableRequest;
import io.ots2oss.otsstreamreader.ReaderErrorCode;

import java.util.ArrayList;
import java.util.List;

/**
 * What the data table's stream looks like now: its id, retention and shards. A wide table's stream is found through
 * DescribeTable; a time-series table's (always enabled) through DescribeTimeseriesTable, ListStream and DescribeStream
 * with the time-series flag, as upstream finds it.
 */
public final class StreamCatalog {
    private static final String NOT_FOUND = "OTSObjectNotExist";

    private final String streamId;
    private final int expirationHours;
    private final List<ShardInfo> shards;
    private final List<String> primaryKeyNames;

    private StreamCatalog(String streamId, int expirationHours, List<ShardInfo> shards, List<String> primaryKeyNames) {
        this.streamId = streamId;
        this.expirationHours = expirationHours;
        this.shards = shards;
        this.primaryKeyNames = primaryKeyNames;
    }

    /** @param timeseriesTable the job's {@code isTimeseriesTable} */
    public static StreamCatalog load(SyncClient client, String dataTable, boolean timeseriesTable) {
        String streamId;
        int expiration = 0;
        List<String> primaryKeyNames = new ArrayList<String>();
        if (timeseriesTable) {
            streamId = timeseriesStreamId(client, dataTable);
        } else {
            DescribeTableResponse table = describeTable(client, dataTable);
            StreamDetails details = streamDetails(table, dataTable);
            streamId = details.getStreamId();
            expiration = details.getExpirationTime();
            for (PrimaryKeySchema pk : table.getTableMeta().getPrimaryKeyList()) {
                primaryKeyNames.add(pk.getName());
            }
        }
        List<ShardInfo> shards = new ArrayList<ShardInfo>();
        String next = null;
        do {
            DescribeStreamRequest request = new DescribeStreamRequest(streamId);
            if (next != null) {
                request.setInclusiveStartShardId(next);
            }
            if (timeseriesTable) {
                request.setSupportTimeseriesTable(true);
            }
            DescribeStreamResponse response = client.describeStream(request);
            if (timeseriesTable && !response.isTimeseriesDataTable()) {
                throw DataXException.asDataXException(ReaderErrorCode.TABLE_PROBLEM, "The table [" + dataTable
                        + "] is not timeseries data table, please remove the config: {isTimeseriesTable : true}.");
            }
            expiration = response.getExpirationTime() > 0 ? response.getExpirationTime() : expiration;
            for (StreamShard shard : response.getShards()) {
                shards.add(new ShardInfo(shard.getShardId(), shard.getParentId(), shard.getParentSiblingId()));
            }
            next = response.getNextShardId();
        } while (next != null && !next.isEmpty());
        return new StreamCatalog(streamId, expiration, shards, primaryKeyNames);
    }

    private static DescribeTableResponse describeTable(SyncClient client, String dataTable) {
        try {
            return client.describeTable(new DescribeTableRequest(dataTable));
        } catch (TableStoreException e) {
            if (NOT_FOUND.equals(e.getErrorCode())) {
                throw DataXException.asDataXException(ReaderErrorCode.TABLE_PROBLEM,
                        "The data table is not exist: table '" + dataTable + "' (key 'dataTable') was not found in the instance. "
                                + (isTimeseriesTable(client, dataTable)
                                ? "It is a time-series table: set \"isTimeseriesTable\": true to export its stream."
                                : "Check the table name and instanceName."), e);
            }
            throw e;
        }
    }

    private static StreamDetails streamDetails(DescribeTableResponse table, String dataTable) {
        StreamDetails details = table.getStreamDetails();
        if (details == null || !details.isEnableStream()) {
            throw DataXException.asDataXException(ReaderErrorCode.TABLE_PROBLEM,
                    "The stream of data table is not enabled: table '" + dataTable + "' has no Stream. Enable Stream on it "
                            + "(UpdateTable with a StreamSpecification) before exporting its changes.");
        }
        return details;
    }

    /** Whether a time-series table of that name exists; only asked to explain a missing wide table. */
    private static boolean isTimeseriesTable(SyncClient client, String name) {
        try {
            client.asTimeseriesClient().describeTimeseriesTable(new DescribeTimeseriesTableRequest(name));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String timeseriesStreamId(SyncClient client, String dataTable) {
        try {
            client.asTimeseriesClient().describeTimeseriesTable(new DescribeTimeseriesTableRequest(dataTable));
        } catch (TableStoreException e) {
            if (NOT_FOUND.equals(e.getErrorCode())) {
                throw DataXException.asDataXException(ReaderErrorCode.TABLE_PROBLEM,
                        "The data table is not exist: time-series table '" + dataTable + "' (keys 'dataTable' and "
                                + "'isTimeseriesTable': true) was not found in the instance. Check the table name and "
                                + "instanceName; for a wide table, remove isTimeseriesTable.", e);
            }
            throw e;
        }
        for (Stream stream : client.listStream(new ListStreamRequest(dataTable)).getStreams()) {
            if (dataTable.equals(stream.getTableName())) {
                return stream.getStreamId();
            }
        }
        throw DataXException.asDataXException(ReaderErrorCode.TABLE_PROBLEM,
                "Did not get any stream from table : (\"" + dataTable + "\"): ListStream lists no stream for this "
                        + "time-series table.");
    }

    public String streamId() {
        return streamId;
    }

    public int expirationHours() {
        return expirationHours;
    }

    public List<ShardInfo> shards() {
        return shards;
    }

    /** The wide table's primary-key columns in schema order (empty for a time-series table). */
    public List<String> primaryKeyNames() {
        return primaryKeyNames;
    }
}
