package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.SyncClientInterface;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.DescribeStreamRequest;
import com.alicloud.openservices.tablestore.model.DescribeStreamResponse;
import com.alicloud.openservices.tablestore.model.DescribeTableRequest;
import com.alicloud.openservices.tablestore.model.StreamDetails;
import com.alicloud.openservices.tablestore.model.StreamShard;
import io.ots2oss.otsstreamreader.ReaderErrorCode;

import java.util.ArrayList;
import java.util.List;

/** What the data table's stream looks like now: its id, retention and shards. */
public final class StreamCatalog {
    private final String streamId;
    private final int expirationHours;
    private final List<ShardInfo> shards;

    private StreamCatalog(String streamId, int expirationHours, List<ShardInfo> shards) {
        this.streamId = streamId;
        this.expirationHours = expirationHours;
        this.shards = shards;
    }

    public static StreamCatalog load(SyncClientInterface client, String dataTable) {
        StreamDetails details = streamDetails(client, dataTable);
        List<ShardInfo> shards = new ArrayList<ShardInfo>();
        String next = null;
        int expiration = details.getExpirationTime();
        do {
            DescribeStreamRequest request = new DescribeStreamRequest(details.getStreamId());
            if (next != null) {
                request.setInclusiveStartShardId(next);
            }
            DescribeStreamResponse response = client.describeStream(request);
            expiration = response.getExpirationTime() > 0 ? response.getExpirationTime() : expiration;
            for (StreamShard shard : response.getShards()) {
                shards.add(new ShardInfo(shard.getShardId(), shard.getParentId(), shard.getParentSiblingId()));
            }
            next = response.getNextShardId();
        } while (next != null && !next.isEmpty());
        return new StreamCatalog(details.getStreamId(), expiration, shards);
    }

    private static StreamDetails streamDetails(SyncClientInterface client, String dataTable) {
        StreamDetails details;
        try {
            details = client.describeTable(new DescribeTableRequest(dataTable)).getStreamDetails();
        } catch (TableStoreException e) {
            if ("OTSObjectNotExist".equals(e.getErrorCode())) {
                throw DataXException.asDataXException(ReaderErrorCode.TABLE_PROBLEM,
                        "The data table is not exist: table '" + dataTable + "' (key 'dataTable') was not found in the instance. "
                                + "Check the table name and instanceName.", e);
            }
            throw e;
        }
        if (details == null || !details.isEnableStream()) {
            throw DataXException.asDataXException(ReaderErrorCode.TABLE_PROBLEM,
                    "The stream of data table is not enabled: table '" + dataTable + "' has no Stream. Enable Stream on it "
                            + "(UpdateTable with a StreamSpecification) before exporting its changes.");
        }
        return details;
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
}
