package io.ots2oss.otsstreamreader.layout;

import com.alicloud.openservices.tablestore.model.RecordSequenceInfo;

/** The sequence-info strings of upstream: sortable within a shard in write order. */
public final class SequenceInfo {
    private SequenceInfo() {
    }

    /** Row mode: epoch_timestampMicros_rowIndex_shardId. */
    public static String ofRecord(RecordSequenceInfo info, String shardId) {
        return String.format("%010d_%020d_%010d_%s", info.getEpoch(), info.getTimestamp(), info.getRowIndex(), shardId);
    }

    /** Multi-version mode: the record's string plus ":" and the index of the cell within the record. */
    public static String ofCell(RecordSequenceInfo info, String shardId, int cellIndex) {
        return String.format("%010d_%020d_%010d_%s:%010d", info.getEpoch(), info.getTimestamp(), info.getRowIndex(),
                shardId, cellIndex);
    }
}
