package io.ots2oss.e2e;

import com.alicloud.openservices.tablestore.SyncClient;
import com.alicloud.openservices.tablestore.model.BatchWriteRowRequest;
import com.alicloud.openservices.tablestore.model.BatchWriteRowResponse;
import com.alicloud.openservices.tablestore.model.RowChange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes changes through the SDK's BatchWriteRow, in order, re-sending rows the service refused. */
public final class ChangeWriter {
    /** Tablestore's limit of rows per BatchWriteRow. */
    private static final int MAX_ROWS_PER_BATCH = 200;
    private static final int MAX_ATTEMPTS = 10;

    private final SyncClient client;

    public ChangeWriter(SyncClient client) {
        this.client = client;
    }

    public void write(ChangeBatch batch) {
        List<RowChange> changes = batch.changes();
        for (int from = 0; from < changes.size(); from += MAX_ROWS_PER_BATCH) {
            writeChunk(changes.subList(from, Math.min(changes.size(), from + MAX_ROWS_PER_BATCH)));
        }
    }

    /**
     * One row per PK in a chunk keeps the stream order equal to the generated order; a chunk holding the same row
     * twice is split, because the service applies a batch's rows in no guaranteed order.
     */
    private void writeChunk(List<RowChange> chunk) {
        BatchWriteRowRequest request = new BatchWriteRowRequest();
        Set<Object> keys = new HashSet<>();
        for (int i = 0; i < chunk.size(); i++) {
            RowChange change = chunk.get(i);
            if (!keys.add(change.getPrimaryKey())) {
                send(request);
                writeChunk(chunk.subList(i, chunk.size()));
                return;
            }
            request.addRowChange(change);
        }
        send(request);
    }

    private void send(BatchWriteRowRequest request) {
        BatchWriteRowRequest pending = request;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            BatchWriteRowResponse response = client.batchWriteRow(pending);
            if (response.isAllSucceed()) {
                return;
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new IllegalStateException("rows still refused after " + attempt + " attempts: "
                        + response.getFailedRows().get(0).getError());
            }
            pending = pending.createRequestForRetry(response.getFailedRows());
        }
    }
}
