package io.ots2oss.otsstreamreader.decode;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.BytesColumn;
import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;
import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.model.RecordColumn;
import com.alicloud.openservices.tablestore.model.StreamRecord;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes GetStreamRecord's records from their PlainBuffer bytes straight into {@link StreamChange}s, with the SDK's
 * semantics (cell order, versions, validation, the time-series form) and its row and cell checksums verified, but
 * without its intermediate objects: bytes are read from one array, names come from a {@link NameCache}, and values
 * become DataX columns directly. One decoder serves one thread.
 */
public final class PlainBufferDecoder {
    private static final int HEADER = 0x75;
    private static final int TAG_ROW_PK = 0x1;
    private static final int TAG_ROW_DATA = 0x2;
    private static final int TAG_CELL = 0x3;
    private static final int TAG_CELL_NAME = 0x4;
    private static final int TAG_CELL_VALUE = 0x5;
    private static final int TAG_CELL_TYPE = 0x6;
    private static final int TAG_CELL_TIMESTAMP = 0x7;
    private static final int TAG_DELETE_ROW_MARKER = 0x8;
    private static final int TAG_ROW_CHECKSUM = 0x9;
    private static final int TAG_CELL_CHECKSUM = 0xA;
    private static final int TAG_EXTENSION = 0xB;
    private static final int TAG_SEQ_INFO = 0xC;
    private static final int TAG_SEQ_INFO_EPOCH = 0xD;
    private static final int TAG_SEQ_INFO_TS = 0xE;
    private static final int TAG_SEQ_INFO_ROW_INDEX = 0xF;
    private static final int TAG_END = 0;

    private static final byte VT_INTEGER = 0x0;
    private static final byte VT_DOUBLE = 0x1;
    private static final byte VT_BOOLEAN = 0x2;
    private static final byte VT_STRING = 0x3;
    private static final byte VT_BLOB = 0x7;
    private static final byte VT_INF_MIN = 0x9;
    private static final byte VT_INF_MAX = 0xa;

    private static final byte DELETE_ALL_VERSION = 0x1;
    private static final byte DELETE_ONE_VERSION = 0x3;

    /** The time-series key column the SDK hides in the time-series form. */
    private static final String TIMESERIES_HIDDEN_KEY = "_#h";

    private final boolean timeseriesForm;
    private final NameCache keyNames = new NameCache(false);
    private final NameCache cellNames;
    private StreamChange.Builder builder = new StreamChange.Builder();

    /** What a decoder keeps of its buffer between replies: a large record's buffer is not held after its page. */
    private static final int KEPT_BUFFER_BYTES = 64 * 1024;

    private byte[] buffer = new byte[4096];
    private int position;
    private int limit;
    private int tag;
    private long payloadBytes;
    /** The cell just read (see {@link #readCell}). */
    private String cellName;
    private int cellNameBytes;
    private Column cellValue;
    private long cellValueBytes;
    private boolean cellHasOp;
    private byte cellOp;
    private boolean cellHasVersion;
    private long cellVersion;

    /**
     * @param timeseriesForm whether records are shown as the SDK shows a time-series table's when asked to
     *                       ({@code parseInTimeseriesDataFormat}): without the hidden {@code _#h} key, and field names
     *                       without their {@code :type} suffix
     */
    public PlainBufferDecoder(boolean timeseriesForm) {
        this.timeseriesForm = timeseriesForm;
        this.cellNames = new NameCache(timeseriesForm);
    }

    /** Every record of a reply, in order. */
    public List<StreamChange> decode(OtsInternalApi.GetStreamRecordResponse reply) throws IOException {
        List<StreamChange> changes = new ArrayList<StreamChange>(reply.getStreamRecordsCount());
        try {
            for (int i = 0, n = reply.getStreamRecordsCount(); i < n; i++) {
                OtsInternalApi.GetStreamRecordResponse.StreamRecord record = reply.getStreamRecords(i);
                changes.add(decode(record.getActionType(), record.getRecord(),
                        record.hasOriginRecord() ? record.getOriginRecord() : null));
            }
        } catch (IOException | RuntimeException refused) {
            builder = new StreamChange.Builder(); // lest the refused record's key and cells lead the next reply's first
            throw refused;
        } finally {
            if (buffer.length > KEPT_BUFFER_BYTES) {
                buffer = new byte[KEPT_BUFFER_BYTES];
            }
        }
        return changes;
    }

    /**
     * One record: the row of {@code record}; of {@code origin} (the row before the change, when the stream keeps it)
     * only the checksums are verified and the size counted, as the layouts never show it. A row without sequence info
     * reads as epoch 0, time 0, row index 0, as the SDK reads it (its row extension starts with those).
     */
    StreamChange decode(OtsInternalApi.ActionType action, ByteString record, ByteString origin) throws IOException {
        builder.type(typeOf(action));
        payloadBytes = 0;
        readSingleRow(record, true);
        if (origin != null) {
            readSingleRow(origin, false);
        }
        return builder.payloadBytes(payloadBytes).build();
    }

    private static StreamRecord.RecordType typeOf(OtsInternalApi.ActionType action) throws IOException {
        switch (action) {
            case PUT_ROW:
                return StreamRecord.RecordType.PUT;
            case UPDATE_ROW:
                return StreamRecord.RecordType.UPDATE;
            case DELETE_ROW:
                return StreamRecord.RecordType.DELETE;
            default:
                throw new IOException("Unknown stream record action type: " + action);
        }
    }

    private void readSingleRow(ByteString bytes, boolean isChange) throws IOException {
        load(bytes);
        if (readInt32() != HEADER) {
            throw new IOException("Invalid header from plain buffer.");
        }
        nextTag();
        int rows = 0;
        while (position < limit) {
            readRow(isChange && rows == 0, rows == 0);
            rows++;
        }
        // ResponseFactory requires one row in a record, but checks the record's count where it means the origin's:
        // of an origin record it converts the first row and only verifies the others.
        if (isChange ? rows != 1 : rows == 0) {
            throw new IOException("Expect only returns one row. Row count: " + rows);
        }
    }

    private void load(ByteString bytes) {
        int size = bytes.size();
        if (buffer.length < size) {
            buffer = new byte[Math.max(size, buffer.length * 2)];
        }
        bytes.copyTo(buffer, 0);
        position = 0;
        limit = size;
    }

    /**
     * @param keep      whether the row's key, cells and sequence info go into the record (the change row)
     * @param converted whether the SDK converts the row's cells into its model, so checks and counts them (the change
     *                  row and the first origin row)
     */
    private void readRow(boolean keep, boolean converted) throws IOException {
        byte rowCrc = 0;
        boolean anyKey = false;
        if (tag == TAG_ROW_PK) {
            nextTag();
            int index = 0;
            while (tag == TAG_CELL) {
                rowCrc = Crc8.update(rowCrc, readKeyCell(keep, index++));
                anyKey = true;
            }
            if (!anyKey) {
                throw new IOException("The primary key of row is empty.");
            }
        }
        if (tag == TAG_ROW_DATA) {
            nextTag();
            while (tag == TAG_CELL) {
                rowCrc = Crc8.update(rowCrc, readDataCell(keep, converted));
            }
        }
        byte deleteMarker = 0;
        if (tag == TAG_DELETE_ROW_MARKER) {
            deleteMarker = 1;
            nextTag();
        }
        rowCrc = Crc8.update(rowCrc, deleteMarker);
        readExtension(keep);
        if (tag != TAG_ROW_CHECKSUM) {
            throw new IOException("Expect TAG_ROW_CHECKSUM but it was " + tag);
        }
        byte checksum = readByte();
        nextTag();
        if (checksum != rowCrc) {
            throw new IOException("Checksum is mismatch.");
        }
    }

    /** A key cell; returns its checksum. Only a key cell the record shows is checked, as in the SDK. */
    private byte readKeyCell(boolean keep, int index) throws IOException {
        byte crc = readCell(keyNames, true);
        boolean hidden = timeseriesForm && index == 0 && TIMESERIES_HIDDEN_KEY.equals(cellName);
        if (keep && !hidden) {
            if (cellName == null || cellName.isEmpty() || cellValue == null) {
                throw new IOException("A primary key cell of a stream record needs a name and a finite value.");
            }
            builder.addKey(cellName, cellValue);
            payloadBytes += cellNameBytes + cellValueBytes;
        }
        return crc;
    }

    /** A data cell; returns its checksum. */
    private byte readDataCell(boolean keep, boolean converted) throws IOException {
        byte crc = readCell(cellNames, false);
        if (!converted) {
            return crc;
        }
        if (cellName == null || cellName.isEmpty()) {
            throw new IOException("The cell has no name.");
        }
        RecordColumn.ColumnType operation = operation(cellHasOp, cellOp, cellValue != null, cellHasVersion);
        if (keep) {
            builder.addCell(cellName, operation, cellVersion, cellValue);
        }
        payloadBytes += cellNameBytes + cellValueBytes + (cellHasVersion ? 8 : 0);
        return crc;
    }

    /**
     * One cell ({@code TAG_CELL} read): [name] [value] [op] [version] checksum, into the {@code cell*} fields. The
     * checksum covers the name, the value from its type byte on, the version, then the op.
     */
    private byte readCell(NameCache names, boolean key) throws IOException {
        nextTag();
        byte crc = 0;
        cellName = null;
        cellNameBytes = 0;
        if (tag == TAG_CELL_NAME) {
            int length = readLength();
            // The SDK checks and counts a name as its text encoded again in UTF-8 (PlainBufferCell.getNameRawData,
            // Column.getDataSize), which the cache keeps: not the bytes read when they are not well-formed UTF-8.
            NameCache.Name name = names.name(buffer, position, length, Crc8.update((byte) 0, buffer, position, length));
            cellName = name.shown;
            cellNameBytes = name.shownBytes;
            crc = name.checksum;
            position += length;
            nextTag();
        }
        cellValue = null;
        cellValueBytes = 0;
        if (tag == TAG_CELL_VALUE) {
            crc = readValue(crc, key);
            nextTag();
        }
        cellHasOp = tag == TAG_CELL_TYPE;
        cellOp = 0;
        if (cellHasOp) {
            cellOp = readByte();
            nextTag();
        }
        cellHasVersion = tag == TAG_CELL_TIMESTAMP;
        cellVersion = 0;
        if (cellHasVersion) {
            cellVersion = readInt64();
            if (cellVersion < 0) {
                throw new IOException("The timestamp is negative.");
            }
            crc = Crc8.updateLittleEndian(crc, cellVersion);
            nextTag();
        }
        if (cellHasOp) {
            crc = Crc8.update(crc, cellOp);
        }
        if (tag != TAG_CELL_CHECKSUM) {
            throw new IOException("Expect TAG_CELL_CHECKSUM but it was " + tag);
        }
        byte checksum = readByte();
        nextTag();
        if (checksum != crc) {
            throw new IOException("Checksum is mismatch.");
        }
        return crc;
    }

    /**
     * A cell's value, from its type byte on, into {@code cellValue}; returns the checksum so far. A key holds an
     * integer, string or binary (or an infinite bound, which no record can show); a data cell also a double or boolean.
     */
    private byte readValue(byte crc, boolean key) throws IOException {
        readInt32();
        int valueStart = position;
        byte type = readByte();
        switch (type) {
            case VT_INTEGER:
                cellValue = new LongColumn(readInt64());
                cellValueBytes = 8;
                break;
            case VT_STRING:
                cellValue = new StringColumn(readString());
                break;
            case VT_BLOB:
                cellValue = new BytesColumn(readBinary());
                break;
            case VT_DOUBLE:
                if (key) {
                    throw new IOException("Unsupported pk type: " + type);
                }
                cellValue = new DoubleColumn(Double.longBitsToDouble(readInt64()));
                cellValueBytes = 8;
                break;
            case VT_BOOLEAN: {
                if (key) {
                    throw new IOException("Unsupported pk type: " + type);
                }
                boolean flag = readByte() != 0;
                cellValue = new BoolColumn(flag);
                cellValueBytes = 1;
                // The SDK checks a boolean as 0 or 1, whatever non-zero byte stood for true.
                return Crc8.update(Crc8.update(crc, type), flag ? (byte) 1 : (byte) 0);
            }
            case VT_INF_MIN:
            case VT_INF_MAX:
                if (!key) {
                    throw new IOException("Unsupported column type: " + type);
                }
                // No value a record can show; refused only if shown (see readKeyCell), as in the SDK.
                break;
            default:
                throw new IOException((key ? "Unsupported pk type: " : "Unsupported column type: ") + type);
        }
        return Crc8.update(crc, buffer, valueStart, position - valueStart);
    }

    private String readString() throws IOException {
        int length = readLength();
        String text = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        cellValueBytes = length;
        return text;
    }

    private byte[] readBinary() throws IOException {
        int length = readLength();
        byte[] bytes = new byte[length];
        System.arraycopy(buffer, position, bytes, 0, length);
        position += length;
        cellValueBytes = length;
        return bytes;
    }

    /** What a data cell did, with the SDK's checks of what each kind must and must not carry. */
    private static RecordColumn.ColumnType operation(boolean hasOp, byte op, boolean hasValue, boolean hasVersion)
            throws IOException {
        if (!hasOp) {
            if (!hasValue || !hasVersion) {
                throw new IOException("The cell should have both value and timestamp.");
            }
            return RecordColumn.ColumnType.PUT;
        }
        switch (op) {
            case DELETE_ONE_VERSION:
                if (hasValue || !hasVersion) {
                    throw new IOException("The cell with type DELETE_ONE_VERSION should not have value but should have timestamp.");
                }
                return RecordColumn.ColumnType.DELETE_ONE_VERSION;
            case DELETE_ALL_VERSION:
                if (hasValue || hasVersion) {
                    throw new IOException("The cell with type DELETE_ALL_VERSION should not have value and timestamp.");
                }
                return RecordColumn.ColumnType.DELETE_ALL_VERSION;
            default:
                throw new IOException("Unknown cell type: " + op);
        }
    }

    /** The extension: sequence info, and any later kind of entry skipped by its length. */
    private void readExtension(boolean keep) throws IOException {
        if (tag != TAG_EXTENSION) {
            return;
        }
        readInt32();
        nextTag();
        while (isExtensionTag(tag)) {
            if (tag == TAG_SEQ_INFO) {
                readSequenceInfo(keep);
            } else {
                skip(readLength());
                nextTag();
            }
        }
    }

    /** Sequence info, or a tag this decoder does not know (which the SDK, too, takes for an extension entry). */
    private static boolean isExtensionTag(int tag) {
        return tag == TAG_SEQ_INFO || tag == TAG_END || tag > TAG_SEQ_INFO_ROW_INDEX || tag < 0;
    }

    private void readSequenceInfo(boolean keep) throws IOException {
        readInt32();
        nextTag();
        expect(TAG_SEQ_INFO_EPOCH, "TAG_SEQ_INFO_EPOCH");
        int epoch = readInt32();
        nextTag();
        expect(TAG_SEQ_INFO_TS, "TAG_SEQ_INFO_TS");
        long timestamp = readInt64();
        nextTag();
        expect(TAG_SEQ_INFO_ROW_INDEX, "TAG_SEQ_INFO_ROW_INDEX");
        int rowIndex = readInt32();
        nextTag();
        if (keep) {
            builder.sequence(epoch, timestamp, rowIndex);
        }
    }

    private void expect(int expected, String name) throws IOException {
        if (tag != expected) {
            throw new IOException("Expect " + name + " but it was " + tag);
        }
    }

    private void nextTag() {
        tag = position < limit ? buffer[position++] : TAG_END;
    }

    private byte readByte() throws IOException {
        need(1);
        return buffer[position++];
    }

    private int readInt32() throws IOException {
        need(4);
        int p = position;
        position += 4;
        return (buffer[p] & 0xff) | (buffer[p + 1] & 0xff) << 8 | (buffer[p + 2] & 0xff) << 16 | (buffer[p + 3] & 0xff) << 24;
    }

    private long readInt64() throws IOException {
        need(8);
        int p = position;
        position += 8;
        long low = (buffer[p] & 0xff) | (buffer[p + 1] & 0xff) << 8 | (buffer[p + 2] & 0xff) << 16 | (long) (buffer[p + 3] & 0xff) << 24;
        long high = (buffer[p + 4] & 0xff) | (buffer[p + 5] & 0xff) << 8 | (buffer[p + 6] & 0xff) << 16 | (long) (buffer[p + 7] & 0xff) << 24;
        return low | high << 32;
    }

    /** A length prefix, checked against what is left so that no read runs past the row. */
    private int readLength() throws IOException {
        int length = readInt32();
        if (length < 0 || length > limit - position) {
            throw new IOException("Read bytes encountered EOF.");
        }
        return length;
    }

    private void skip(int length) {
        position += length;
    }

    private void need(int bytes) throws IOException {
        if (limit - position < bytes) {
            throw new IOException("Read raw byte encountered EOF.");
        }
    }
}
