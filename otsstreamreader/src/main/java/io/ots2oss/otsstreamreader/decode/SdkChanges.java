package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.model.Column;
import com.alicloud.openservices.tablestore.model.ColumnType;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import com.alicloud.openservices.tablestore.model.PrimaryKeyColumn;
import com.alicloud.openservices.tablestore.model.PrimaryKeyType;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.RecordSequenceInfo;
import com.alicloud.openservices.tablestore.model.StreamRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Stream records the SDK decoded, as {@link StreamChange}s: the path of {@code decoder: "sdk"}, and the reference the
 * lean decoder is tested against.
 */
public final class SdkChanges {
    private StreamChange.Builder builder = new StreamChange.Builder();

    public List<StreamChange> of(List<StreamRecord> records) {
        List<StreamChange> changes = new ArrayList<StreamChange>(records.size());
        for (StreamRecord record : records) {
            changes.add(of(record));
        }
        return changes;
    }

    public StreamChange of(StreamRecord record) {
        try {
            return convert(record);
        } catch (RuntimeException refused) {
            builder = new StreamChange.Builder(); // lest the refused record's key and cells lead the next record
            throw refused;
        }
    }

    private StreamChange convert(StreamRecord record) {
        builder.type(record.getRecordType());
        RecordSequenceInfo sequence = record.getSequenceInfo();
        if (sequence != null) {
            builder.sequence(sequence.getEpoch(), sequence.getTimestamp(), sequence.getRowIndex());
        }
        if (record.getPrimaryKey() != null) {
            for (PrimaryKeyColumn key : record.getPrimaryKey().getPrimaryKeyColumns()) {
                builder.addKey(key.getName(), ColumnConverter.of(key.getValue()));
            }
        }
        if (record.getColumns() != null) {
            for (RecordColumn cell : record.getColumns()) {
                Column column = cell.getColumn();
                long version = column.hasSetTimestamp() ? column.getTimestamp() : 0;
                boolean put = cell.getColumnType() == RecordColumn.ColumnType.PUT;
                builder.addCell(column.getName(), cell.getColumnType(), version, put ? ColumnConverter.of(column.getValue()) : null);
            }
        }
        return builder.payloadBytes(payloadBytes(record)).build();
    }

    /**
     * The record's data size as the SDK's {@code getDataSize()} counts it (names and values in UTF-8 bytes, 8 per cell
     * timestamp), but without its per-string {@code getBytes("UTF-8")} copies.
     */
    static long payloadBytes(StreamRecord record) {
        long bytes = 0;
        if (record.getPrimaryKey() != null) {
            for (PrimaryKeyColumn key : record.getPrimaryKey().getPrimaryKeyColumns()) {
                bytes += utf8Length(key.getName()) + keyBytes(key.getValue());
            }
        }
        bytes += columnBytes(record.getColumns());
        bytes += columnBytes(record.getOriginColumns());
        return bytes;
    }

    private static long columnBytes(List<RecordColumn> columns) {
        long bytes = 0;
        if (columns != null) {
            for (RecordColumn cell : columns) {
                Column column = cell.getColumn();
                bytes += utf8Length(column.getName()) + valueBytes(column.getValue()) + (column.hasSetTimestamp() ? 8 : 0);
            }
        }
        return bytes;
    }

    private static long keyBytes(PrimaryKeyValue value) {
        return value.getType() == PrimaryKeyType.STRING ? utf8Length(value.asString()) : value.getDataSize();
    }

    private static long valueBytes(ColumnValue value) {
        if (value == null) {
            return 0;
        }
        return value.getType() == ColumnType.STRING && value.getValue() != null ? utf8Length(value.asString()) : value.getDataSize();
    }

    /** UTF-8 length of {@code text} (a surrogate pair is 4 bytes), without encoding it. */
    static long utf8Length(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                bytes += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
            }
        }
        return bytes;
    }
}
