package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.http.ActionHandler;
import io.ots2oss.emulator.tablestore.stream.Shard;
import io.ots2oss.emulator.tablestore.stream.ShardIterator;
import io.ots2oss.emulator.tablestore.stream.TableStream;
import io.ots2oss.emulator.tablestore.table.TableRegistry;

import java.util.List;
import java.util.Map;

/** ListStream, DescribeStream, GetShardIterator and GetStreamRecord. */
public final class StreamActions {
    private final TableRegistry registry;
    private final EmulatorClock clock;
    private final StreamLimits limits;

    public StreamActions(TableRegistry registry, StreamLimits limits) {
        this.registry = registry;
        this.clock = registry.clock();
        this.limits = limits;
    }

    public void register(Map<String, ActionHandler> actions) {
        actions.put("ListStream", this::listStream);
        actions.put("DescribeStream", this::describeStream);
        actions.put("GetShardIterator", this::getShardIterator);
        actions.put("GetStreamRecord", this::getStreamRecord);
    }

    private byte[] listStream(byte[] body) throws Exception {
        OtsInternalApi.ListStreamRequest request = OtsInternalApi.ListStreamRequest.parseFrom(body);
        List<TableStream> streams;
        if (request.hasTableName()) {
            TableStream stream = registry.streamOwner(request.getTableName()).stream();
            streams = stream == null ? List.of() : List.of(stream);
        } else {
            streams = registry.streams();
        }
        OtsInternalApi.ListStreamResponse.Builder response = OtsInternalApi.ListStreamResponse.newBuilder();
        for (TableStream stream : streams) {
            response.addStreams(OtsInternalApi.Stream.newBuilder().setStreamId(stream.streamId())
                    .setTableName(stream.tableName()).setCreationTime(stream.creationTimeMicros()));
        }
        return response.build().toByteArray();
    }

    private byte[] describeStream(byte[] body) throws Exception {
        OtsInternalApi.DescribeStreamRequest request = OtsInternalApi.DescribeStreamRequest.parseFrom(body);
        TableStream stream = registry.streamById(request.getStreamId());
        if (stream.isTimeseries() && !request.getSupportTimeseriesDataTable()) {
            // The service refuses clients that would misread the time-series record layout.
            throw OtsError.invalidParameter("Table [" + stream.tableName() + "] is a timeseries table, not support DescribeStream");
        }
        List<Shard> shards = stream.retainedShards(clock.nowMicros());
        int from = 0;
        if (request.hasInclusiveStartShardId()) {
            from = indexOf(shards, request.getInclusiveStartShardId());
        }
        int limit = request.hasShardLimit() && request.getShardLimit() > 0 ? request.getShardLimit() : Integer.MAX_VALUE;
        int to = (int) Math.min(shards.size(), (long) from + limit);
        OtsInternalApi.DescribeStreamResponse.Builder response = OtsInternalApi.DescribeStreamResponse.newBuilder()
                .setStreamId(stream.streamId())
                .setExpirationTime(stream.expirationHours())
                .setTableName(stream.tableName())
                .setCreationTime(stream.creationTimeMicros())
                .setStreamStatus(OtsInternalApi.StreamStatus.STREAM_ACTIVE);
        if (stream.isTimeseries()) {
            response.setIsTimeseriesDataTable(true);
        }
        for (Shard shard : shards.subList(from, to)) {
            OtsInternalApi.StreamShard.Builder s = OtsInternalApi.StreamShard.newBuilder().setShardId(shard.id());
            if (shard.parentId() != null) {
                s.setParentId(shard.parentId());
            }
            if (shard.parentSiblingId() != null) {
                s.setParentSiblingId(shard.parentSiblingId());
            }
            response.addShards(s);
        }
        if (to < shards.size()) {
            response.setNextShardId(shards.get(to).id());
        }
        return response.build().toByteArray();
    }

    private static int indexOf(List<Shard> shards, String shardId) {
        for (int i = 0; i < shards.size(); i++) {
            if (shards.get(i).id().equals(shardId)) {
                return i;
            }
        }
        throw OtsError.invalidParameter("The shard does not exist: " + shardId + ".");
    }

    private byte[] getShardIterator(byte[] body) throws Exception {
        OtsInternalApi.GetShardIteratorRequest request = OtsInternalApi.GetShardIteratorRequest.parseFrom(body);
        TableStream stream = registry.streamById(request.getStreamId());
        Shard shard = stream.shard(request.getShardId());
        if (shard == null) {
            throw new OtsError(404, "OTSObjectNotExist", "Requested shard does not exist: " + request.getShardId() + ".");
        }
        long now = clock.nowMicros();
        OtsInternalApi.GetShardIteratorResponse.Builder response = OtsInternalApi.GetShardIteratorResponse.newBuilder();
        if (!request.hasTimestamp()) {
            return response.setShardIterator(stream.oldestIterator(shard, now)).build().toByteArray();
        }
        TableStream.SeekResult seek = stream.seek(shard, request.getTimestamp(),
                request.hasToken() ? request.getToken() : null, limits.seekScanPage(), now);
        response.setShardIterator(seek.iterator() == null ? "" : seek.iterator());
        if (seek.nextToken() != null) {
            response.setNextToken(seek.nextToken());
        }
        return response.build().toByteArray();
    }

    private byte[] getStreamRecord(byte[] body) throws Exception {
        OtsInternalApi.GetStreamRecordRequest request = OtsInternalApi.GetStreamRecordRequest.parseFrom(body);
        ShardIterator iterator = ShardIterator.decode(request.getShardIterator());
        Shard shard = registry.shardById(iterator.shardId());
        TableStream stream = registry.streamOfShard(iterator.shardId());
        if (shard == null || stream == null) {
            throw OtsError.trimmedDataAccess();
        }
        if (request.hasLimit() && request.getLimit() <= 0) {
            throw OtsError.invalidParameter("The limit must be positive: " + request.getLimit() + ".");
        }
        int limit = request.hasLimit() ? Math.min(request.getLimit(), limits.maxRecords()) : limits.defaultRecords();
        TableStream.RecordPage page = stream.read(shard, iterator, limit, clock.nowMicros());
        OtsInternalApi.GetStreamRecordResponse.Builder tail = OtsInternalApi.GetStreamRecordResponse.newBuilder()
                .setConsumed(Consumed.of(Math.max(1, page.recordCount()), 0))
                .setMayMoreRecord(page.mayHaveMore());
        if (page.nextIterator() != null) {
            tail.setNextShardIterator(page.nextIterator());
        }
        // Protobuf concatenation merges messages: the pre-encoded repeated stream_records entries plus the scalar tail.
        byte[] tailBytes = tail.build().toByteArray();
        byte[] records = page.encodedRecords();
        byte[] reply = new byte[records.length + tailBytes.length];
        System.arraycopy(records, 0, reply, 0, records.length);
        System.arraycopy(tailBytes, 0, reply, records.length, tailBytes.length);
        return reply;
    }
}
