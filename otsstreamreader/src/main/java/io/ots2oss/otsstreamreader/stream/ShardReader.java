package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.TableStoreException;
import com.alicloud.openservices.tablestore.model.GetShardIteratorRequest;
import com.alicloud.openservices.tablestore.model.GetShardIteratorResponse;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.otsstreamreader.client.OtsFailures;
import io.ots2oss.otsstreamreader.client.StreamPage;
import io.ots2oss.otsstreamreader.decode.StreamChange;
import io.ots2oss.otsstreamreader.layout.RecordLayout;
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
    /**
     * Largest page this JVM still asks for. The service's maximum is undocumented: should it refuse a page larger than
     * its default, this drops to the default once (see {@link #fetch}).
     */
    private static volatile int pageCap = PageSizer.MAX_RECORDS_PER_CALL;

    private final WindowRead run;
    private final ShardInfo shard;
    private final BatchSink sink;
    private final ShardProgress progress;
    private final PageSizer pages;
    private final RecordLayout layout;
    private long lastTimeCheckpointMillis = Long.MIN_VALUE;
    /** The memory the current page holds until it is handed to the sink with its records. */
    private MemoryBudget.Reservation pageMemory;

    ShardReader(WindowRead run, ShardInfo shard, BatchSink sink, ShardProgress progress) {
        this.run = run;
        this.shard = shard;
        this.sink = sink;
        this.progress = progress;
        this.pages = new PageSizer(ReaderMemory.targetPageBytes(run.memory));
        this.layout = run.layouts.newLayout();
    }

    ShardOutcome read(ShardCheckpoint start) throws InterruptedException {
        if (start != null && start.isShardEnd()) {
            return finish(StopReason.ALREADY_CLOSED, ShardCheckpoint.SHARD_END);
        }
        boolean fromCheckpoint = start != null && !start.isTrimHorizon();
        String iterator = fromCheckpoint ? start.position() : seekBeforeStart();
        while (true) {
            int limit = pages.nextLimit();
            pageMemory = run.memory.reserve(pages.heapBytesFor(limit));
            try {
                StreamPage response;
                try {
                    response = fetch(iterator, limit);
                } catch (TableStoreException e) {
                    if (fromCheckpoint && OtsFailures.hasCode(e, "OTSTrimmedDataAccess")) {
                        iterator = recoverFromTrimmedCheckpoint(e);
                        fromCheckpoint = false;
                        continue;
                    }
                    throw e;
                }
                fromCheckpoint = false;
                pageMemory.resize(PageSizer.heapBytesOfPayload(pages.observe(response.records())));
                ShardOutcome outcome = process(iterator, response);
                if (outcome != null) {
                    return outcome;
                }
                iterator = response.nextShardIterator();
            } finally {
                releasePageMemory();
            }
        }
    }

    private void releasePageMemory() {
        if (pageMemory != null) {
            pageMemory.release();
            pageMemory = null;
        }
    }

    /** Handles one batch; returns the outcome when the shard is done for this window, otherwise null. */
    private ShardOutcome process(String batchIterator, StreamPage response) throws InterruptedException {
        List<StreamChange> records = response.records();
        String next = response.nextShardIterator();
        if (records.isEmpty() && next != null) {
            // Table groups: an empty page may still be followed by records. Only an explicit "more" keeps reading:
            // a reply without the flag counts as caught up, so a shard can never spin on empty pages forever.
            if (run.tableGroupSupport && Boolean.TRUE.equals(response.mayMoreRecord())) {
                return null;
            }
            run.status.writeShardTimeCheckpoint(shard.id(), run.window.endMillis(), next);
            return finish(StopReason.CAUGHT_UP, next);
        }
        if (!records.isEmpty()) {
            maybeWriteTimeCheckpoint(millisOf(records.get(0)), batchIterator);
        }
        List<Record> out = new ArrayList<Record>(records.size());
        for (int i = 0; i < records.size(); i++) {
            StreamChange record = records.get(i);
            long millis = millisOf(record);
            if (run.window.isAtOrAfterEnd(millis)) {
                deliver(out);
                String atRecord = iteratorAt(batchIterator, i);
                return finish(StopReason.REACHED_END, atRecord);
            }
            if (run.window.isBeforeStart(millis)) {
                continue;
            }
            int before = out.size();
            layout.toRecords(record, shard.id(), out);
            progress.onStreamRecord(millis, out.size() - before);
        }
        deliver(out);
        if (next == null) {
            return finish(StopReason.SHARD_CLOSED, ShardCheckpoint.SHARD_END);
        }
        return null;
    }

    /** Hands the page's records to the sink together with the memory they hold (released once DataX took them). */
    private void deliver(List<Record> out) throws InterruptedException {
        if (!out.isEmpty()) {
            MemoryBudget.Reservation held = pageMemory;
            pageMemory = null;
            sink.accept(out, held);
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
            String token = response.getNextToken();
            GetShardIteratorRequest more = new GetShardIteratorRequest(run.streamId, shard.id());
            more.setTimestamp(seekMillis * 1000L);
            more.setToken(token);
            response = run.client.getShardIterator(more);
            if (token.equals(response.getNextToken())) {
                // Each continuation must move the scan on; the same token again would repeat forever.
                throw DataXException.asDataXException(ReaderErrorCode.INTERNAL, "Seeking shard " + shard.id()
                        + " by timestamp " + seekMillis + " made no progress: GetShardIterator returned the same continuation token twice.");
            }
        }
        return response.getShardIterator();
    }

    /** The iterator that points at the record {@code index} records after {@code iterator}. */
    private String iteratorAt(String iterator, int index) {
        String at = iterator;
        int remaining = index;
        while (remaining > 0) {
            StreamPage step = fetch(at, remaining);
            int skipped = step.records().size();
            if (skipped == 0 || step.nextShardIterator() == null) {
                throw new IllegalStateException("Shard " + shard.id() + " returned fewer records while rewinding to the"
                        + " first record at or after the window end than it did a moment before.");
            }
            remaining -= skipped;
            at = step.nextShardIterator();
        }
        return at;
    }

    private StreamPage fetch(String iterator, int limit) {
        int capped = Math.min(limit, pageCap);
        try {
            return fetchOnce(iterator, capped);
        } catch (TableStoreException e) {
            // The service does not document its largest page; should it refuse ours, fall back to its default page
            // for the rest of this JVM instead of failing the window.
            int fallback = PageSizer.SERVICE_DEFAULT_RECORDS_PER_CALL;
            if (capped <= fallback || !OtsFailures.hasCode(e, "OTSParameterInvalid")) {
                throw e;
            }
            pageCap = fallback;
            LOG.warn("GetStreamRecord refused a page of {} records ({}); reading at most {} records per call from now on.",
                    capped, e.getMessage(), fallback);
            return fetchOnce(iterator, fallback);
        }
    }

    private StreamPage fetchOnce(String iterator, int limit) {
        GetStreamRecordRequest request = new GetStreamRecordRequest(iterator);
        if (limit > 0) {
            request.setLimit(limit);
        }
        request.setParseInTimeseriesDataFormat(layout.takesTimeseriesRecords());
        if (run.tableGroupSupport) {
            request.setTableName(run.tableName);
        }
        return run.pages.fetch(request);
    }

    private static long millisOf(StreamChange record) {
        return record.timestampMicros() / 1000;
    }
}
