package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorResponse;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.otsstreamreader.client.OtsFailures;
import io.ots2oss.otsstreamreader.status.ShardCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one shard for the window: from its stored checkpoint or a timestamp seek, exporting records with
 * start <= time < end, and stores where it stopped under the window end.
 */
final class ShardReader {
    private static final Logger LOG = LoggerFactory.getLogger(ShardReader.class);

    private final WindowRead run;
    private final ShardInfo shard;
    private final BatchSink sink;
    private final ShardProgress progress;
    private long lastTimeCheckpointMillis = Long.MIN_VALUE;

    ShardReader(WindowRead run, ShardInfo shard, BatchSink sink, ShardProgress progress) {
        this.run = run;
        this.shard = shard;
        this.sink = sink;
        this.progress = progress;
    }

    ShardOutcome read(ShardCheckpoint start) throws InterruptedException {
        if (start != null && start.isShardEnd()) {
            return finish(StopReason.ALREADY_CLOSED, ShardCheckpoint.SHARD_END);
        }
        boolean fromCheckpoint = start != null && !start.isTrimHorizon();
        String iterator = fromCheckpoint ? start.position() : seekBeforeStart();
        while (true) {
            GetStreamRecordResponse response;
            try {
                response = fetch(iterator, 0);
            } catch (TableStoreException e) {
                if (fromCheckpoint && OtsFailures.hasCode(e, "OTSTrimmedDataAccess")) {
                    iterator = recoverFromTrimmedCheckpoint(e);
                    fromCheckpoint = false;
                    continue;
                }
                throw e;
            }
            fromCheckpoint = false;
            ShardOutcome outcome = process(iterator, response);
            if (outcome != null) {
                return outcome;
            }
            iterator = response.getNextShardIterator();
        }
    }

    /** Handles one batch; returns the outcome when the shard is done for this window, otherwise null. */
    private ShardOutcome process(String batchIterator, GetStreamRecordResponse response) throws InterruptedException {
        List<StreamRecord> records = response.getRecords();
        String next = response.getNextShardIterator();
        if (records.isEmpty() && next != null) {
            if (run.tableGroupSupport && !Boolean.FALSE.equals(response.getMayMoreRecord())) {
                return null;
            }
            run.status.writeShardTimeCheckpoint(shard.id(), run.window.endMillis(), next);
            return finish(StopReason.CAUGHT_UP, next);
        }
        if (!records.isEmpty()) {
            maybeWriteTimeCheckpoint(millisOf(records.get(0)), batchIterator);
        }
        List<Record> out = new ArrayList<Record>();
        for (int i = 0; i < records.size(); i++) {
            StreamRecord record = records.get(i);
            long millis = millisOf(record);
            if (run.window.isAtOrAfterEnd(millis)) {
                deliver(out);
                String atRecord = i == 0 ? batchIterator : fetch(batchIterator, i).getNextShardIterator();
                return finish(StopReason.REACHED_END, atRecord);
            }
            if (run.window.isBeforeStart(millis)) {
                continue;
            }
            int before = out.size();
            run.layout.toRecords(record, shard.id(), out);
            progress.onStreamRecord(millis, out.size() - before);
        }
        deliver(out);
        if (next == null) {
            return finish(StopReason.SHARD_CLOSED, ShardCheckpoint.SHARD_END);
        }
        return null;
    }

    private void deliver(List<Record> out) throws InterruptedException {
        if (!out.isEmpty()) {
            sink.accept(out);
        }
    }

    private ShardOutcome finish(StopReason reason, String position) {
        run.status.writeCheckpoint(run.window.endMillis(),
                new ShardCheckpoint(shard.id(), run.version, position, 0, progress.recordsSent.get()));
        return progress.outcome(reason);
    }

    private void maybeWriteTimeCheckpoint(long millis, String iterator) {
        if (millis >= lastTimeCheckpointMillis + WindowRead.TIME_CHECKPOINT_INTERVAL_MILLIS || lastTimeCheckpointMillis == Long.MIN_VALUE) {
            lastTimeCheckpointMillis = millis;
            run.status.writeShardTimeCheckpoint(shard.id(), millis, iterator);
        }
    }

    private String recoverFromTrimmedCheckpoint(TableStoreException e) {
        long now = System.currentTimeMillis();
        long retainedFrom = now - run.expirationHours * 3_600_000L;
        if (run.window.startMillis() >= retainedFrom) {
            LOG.warn("The checkpoint of shard {} points into trimmed stream data; the window start {} ({}) is still "
                            + "retained, so the shard seeks by timestamp instead. Output is unaffected.",
                    shard.id(), run.window.startMillis(), Instant.ofEpochMilli(run.window.startMillis()));
            return seekBeforeStart();
        }
        throw DataXException.asDataXException(ReaderErrorCode.DATA_LOST,
                "Shard " + shard.id() + " cannot resume: its checkpoint points into stream data that is already trimmed, and "
                        + "records from the window start " + run.window.startMillis() + " (" + Instant.ofEpochMilli(run.window.startMillis())
                        + ") up to about " + retainedFrom + " (" + Instant.ofEpochMilli(retainedFrom) + ", the retention limit of "
                        + run.expirationHours + " h) are lost. Re-run with a later start to accept the gap.", e);
    }

    private String seekBeforeStart() {
        long seekMillis = Math.max(0, run.window.startMillis() - WindowRead.SEEK_MARGIN_MILLIS);
        GetShardIteratorRequest request = new GetShardIteratorRequest(run.streamId, shard.id());
        if (seekMillis > 0) {
            request.setTimestamp(seekMillis * 1000L);
        }
        GetShardIteratorResponse response = run.client.getShardIterator(request);
        while (response.getNextToken() != null) {
            GetShardIteratorRequest more = new GetShardIteratorRequest(run.streamId, shard.id());
            more.setTimestamp(seekMillis * 1000L);
            more.setToken(response.getNextToken());
            response = run.client.getShardIterator(more);
        }
        return response.getShardIterator();
    }

    private GetStreamRecordResponse fetch(String iterator, int limit) {
        GetStreamRecordRequest request = new GetStreamRecordRequest(iterator);
        if (limit > 0) {
            request.setLimit(limit);
        }
        if (run.tableGroupSupport) {
            request.setTableName(run.tableName);
        }
        return run.client.getStreamRecord(request);
    }

    private static long millisOf(StreamRecord record) {
        return record.getSequenceInfo().getTimestamp() / 1000;
    }
}
