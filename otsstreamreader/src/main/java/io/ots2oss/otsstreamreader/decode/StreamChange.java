package io.ots2oss.otsstreamreader.decode;

import com.alibaba.datax.common.element.Column;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;

import java.util.Arrays;

/**
 * One stream record as the layouts read it: its kind, sequence info, primary key and cell changes in stream order,
 * every value already a DataX column. Both decoders ({@link PlainBufferDecoder} and {@link SdkChanges}) produce it.
 * A record's columns may be handed to several DataX records (multi-version mode repeats the key on every line); DataX
 * columns have no public mutators, so sharing them is safe.
 */
public final class StreamChange {
    private final StreamRecord.RecordType type;
    private final int epoch;
    private final long timestampMicros;
    private final int rowIndex;
    private final int keyCount;
    private final String[] keyNames;
    private final Column[] keyValues;
    private final int cellCount;
    private final String[] cellNames;
    private final RecordColumn.ColumnType[] cellOps;
    private final long[] cellVersions;
    private final Column[] cellValues;
    private final long payloadBytes;

    private StreamChange(Builder b) {
        this.type = b.type;
        this.epoch = b.epoch;
        this.timestampMicros = b.timestampMicros;
        this.rowIndex = b.rowIndex;
        this.keyCount = b.keys;
        this.keyNames = b.keyNames;
        this.keyValues = b.keyValues;
        this.cellCount = b.cells;
        this.cellNames = b.cellNames;
        this.cellOps = b.cellOps;
        this.cellVersions = b.cellVersions;
        this.cellValues = b.cellValues;
        this.payloadBytes = b.payloadBytes;
    }

    public StreamRecord.RecordType type() {
        return type;
    }

    public int epoch() {
        return epoch;
    }

    /** When the change was written, in µs since the epoch. */
    public long timestampMicros() {
        return timestampMicros;
    }

    public int rowIndex() {
        return rowIndex;
    }

    public int keyCount() {
        return keyCount;
    }

    public String keyName(int i) {
        return keyNames[i];
    }

    public Column keyValue(int i) {
        return keyValues[i];
    }

    /** The value of the key column {@code name}, or null when the key has no such column. */
    public Column keyValue(String name) {
        for (int i = 0; i < keyCount; i++) {
            if (keyNames[i].equals(name)) {
                return keyValues[i];
            }
        }
        return null;
    }

    public int cellCount() {
        return cellCount;
    }

    public String cellName(int i) {
        return cellNames[i];
    }

    public RecordColumn.ColumnType cellOp(int i) {
        return cellOps[i];
    }

    /** The cell's version (ms); meaningful for puts and deletes of one version, 0 for deletes of all versions. */
    public long cellVersion(int i) {
        return cellVersions[i];
    }

    /** The value a put wrote; null for deletes. */
    public Column cellValue(int i) {
        return cellValues[i];
    }

    /**
     * The record's data size as the SDK's {@code getDataSize()} counts it: names and values in UTF-8 bytes, 8 per cell
     * timestamp, origin columns included.
     */
    public long payloadBytes() {
        return payloadBytes;
    }

    /** The primary key as the SDK prints one ({@code name:value, ...}; binary as a byte list), for messages. */
    public String describeKey() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < keyCount; i++) {
            if (i > 0) {
                text.append(", ");
            }
            Column value = keyValues[i];
            text.append(keyNames[i]).append(':').append(value.getType() == Column.Type.BYTES
                    ? Arrays.toString(value.asBytes()) : value.asString());
        }
        return text.toString();
    }

    /**
     * Collects one record at a time. {@link #build()} hands its arrays to the record (no copy) and starts the next record
     * with arrays as large as the largest record's so far (up to a bound), so a page allocates each array once per
     * record and seldom grows one.
     */
    public static final class Builder {
        private static final int MIN_KEYS = 2;
        private static final int MIN_CELLS = 4;
        /** A wide row now and then must not make every later record's arrays that wide. */
        private static final int MAX_PRESIZED = 64;

        private StreamRecord.RecordType type;
        private int epoch;
        private long timestampMicros;
        private int rowIndex;
        private int keys;
        private String[] keyNames;
        private Column[] keyValues;
        private int cells;
        private String[] cellNames;
        private RecordColumn.ColumnType[] cellOps;
        private long[] cellVersions;
        private Column[] cellValues;
        private long payloadBytes;
        private int mostKeys = MIN_KEYS;
        private int mostCells = MIN_CELLS;

        public Builder() {
            newKeyArrays(MIN_KEYS);
            newCellArrays(MIN_CELLS);
        }

        public Builder type(StreamRecord.RecordType type) {
            this.type = type;
            return this;
        }

        public Builder sequence(int epoch, long timestampMicros, int rowIndex) {
            this.epoch = epoch;
            this.timestampMicros = timestampMicros;
            this.rowIndex = rowIndex;
            return this;
        }

        public Builder addKey(String name, Column value) {
            if (keys == keyNames.length) {
                keyNames = Arrays.copyOf(keyNames, Math.max(MIN_KEYS, keys * 2));
                keyValues = Arrays.copyOf(keyValues, keyNames.length);
            }
            keyNames[keys] = name;
            keyValues[keys] = value;
            keys++;
            return this;
        }

        /** @param value the put's value; null for a delete */
        public Builder addCell(String name, RecordColumn.ColumnType op, long version, Column value) {
            if (cells == cellNames.length) {
                int grown = Math.max(MIN_CELLS, cells * 2);
                cellNames = Arrays.copyOf(cellNames, grown);
                cellOps = Arrays.copyOf(cellOps, grown);
                cellVersions = Arrays.copyOf(cellVersions, grown);
                cellValues = Arrays.copyOf(cellValues, grown);
            }
            cellNames[cells] = name;
            cellOps[cells] = op;
            cellVersions[cells] = version;
            cellValues[cells] = value;
            cells++;
            return this;
        }

        public Builder payloadBytes(long payloadBytes) {
            this.payloadBytes = payloadBytes;
            return this;
        }

        /** The record collected so far; the builder is then empty again. */
        public StreamChange build() {
            if (type == null) {
                throw new IllegalStateException("A stream change needs its record type");
            }
            StreamChange change = new StreamChange(this);
            reset();
            return change;
        }

        private void reset() {
            mostKeys = Math.min(MAX_PRESIZED, Math.max(mostKeys, keys));
            mostCells = Math.min(MAX_PRESIZED, Math.max(mostCells, cells));
            newKeyArrays(mostKeys);
            newCellArrays(mostCells);
            type = null;
            epoch = 0;
            timestampMicros = 0;
            rowIndex = 0;
            keys = 0;
            cells = 0;
            payloadBytes = 0;
        }

        private void newKeyArrays(int capacity) {
            keyNames = new String[capacity];
            keyValues = new Column[capacity];
        }

        private void newCellArrays(int capacity) {
            cellNames = new String[capacity];
            cellOps = new RecordColumn.ColumnType[capacity];
            cellVersions = new long[capacity];
            cellValues = new Column[capacity];
        }
    }
}
