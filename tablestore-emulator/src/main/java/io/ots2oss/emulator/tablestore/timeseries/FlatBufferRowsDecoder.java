package io.ots2oss.emulator.tablestore.timeseries;

import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.BytesValue;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FieldValues;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FlatBufferRowGroup;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FlatBufferRowInGroup;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.FlatBufferRows;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.flatbuffer.Tag;
import com.alicloud.openservices.tablestore.model.ColumnType;
import com.alicloud.openservices.tablestore.model.ColumnValue;
import io.ots2oss.emulator.tablestore.error.OtsError;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Decodes PutTimeseriesData's {@code rows_data}: a FlatBuffer of row groups (one measurement and one field schema
 * per group). Within a row, the k-th field of a type takes the k-th value of that type's array. A row that cannot be
 * stored becomes a {@link Rejected} entry, reported back per row as the service does.
 */
public final class FlatBufferRowsDecoder {
    private FlatBufferRowsDecoder() {
    }

    /** A decoded row, or why it was rejected; {@code index} counts rows across all groups. */
    public record Decoded(int index, DataPoint point, String error) {
    }

    /** Checks the CRC-32C the client computed over exactly these bytes (when it sent one). */
    public static void checkCrc(byte[] flatBuffer, Integer expectedCrc) {
        if (expectedCrc == null) {
            return;
        }
        CRC32C crc = new CRC32C();
        crc.update(flatBuffer);
        if ((int) crc.getValue() != expectedCrc) {
            throw OtsError.invalidParameter("Flatbuffer crc32c mismatch: expected " + expectedCrc + ", computed " + (int) crc.getValue() + ".");
        }
    }

    public static List<Decoded> decode(byte[] flatBuffer) {
        try {
            FlatBufferRows rows = FlatBufferRows.getRootAsFlatBufferRows(ByteBuffer.wrap(flatBuffer));
            List<Decoded> decoded = new ArrayList<>();
            for (int g = 0; g < rows.rowGroupsLength(); g++) {
                FlatBufferRowGroup group = rows.rowGroups(g);
                for (int r = 0; r < group.rowsLength(); r++) {
                    decoded.add(decodeRow(decoded.size(), group, group.rows(r)));
                }
            }
            return decoded;
        } catch (OtsError e) {
            throw e;
        } catch (RuntimeException e) {
            throw OtsError.invalidParameter("Invalid flatbuffer rows: " + e + ".");
        }
    }

    private static Decoded decodeRow(int index, FlatBufferRowGroup group, FlatBufferRowInGroup row) {
        try {
            SeriesKey series = SeriesKey.of(group.measurementName(), row.dataSource(), row.tags(), tags(row));
            if (row.time() < 0) {
                throw OtsError.invalidParameter("The time must not be negative: " + row.time() + ".");
            }
            return new Decoded(index, new DataPoint(series, row.time(), fields(group, row.fieldValues())), null);
        } catch (OtsError e) {
            return new Decoded(index, null, e.getMessage());
        }
    }

    private static Map<String, String> tags(FlatBufferRowInGroup row) {
        Map<String, String> tags = new HashMap<>();
        Tag tag = new Tag();
        for (int i = 0; i < row.tagListLength(); i++) {
            row.tagList(tag, i);
            tags.put(tag.name(), tag.value());
        }
        return tags;
    }

    private static List<DataPoint.Field> fields(FlatBufferRowGroup group, FieldValues values) {
        if (group.fieldNamesLength() != group.fieldTypesLength()) {
            throw OtsError.invalidParameter("field_names and field_types differ in length.");
        }
        int[] taken = new int[6];
        List<DataPoint.Field> fields = new ArrayList<>(group.fieldNamesLength());
        for (int i = 0; i < group.fieldNamesLength(); i++) {
            String name = group.fieldNames(i);
            if (name == null || name.isEmpty()) {
                throw OtsError.invalidParameter("A field name must not be empty.");
            }
            int type = group.fieldTypes(i);
            ColumnType columnType = TimeseriesLayout.columnTypeOf(type);
            fields.add(new DataPoint.Field(name, value(values, columnType, taken[type]++, name)));
        }
        return fields;
    }

    private static ColumnValue value(FieldValues values, ColumnType type, int k, String field) {
        if (values == null || k >= length(values, type)) {
            throw OtsError.invalidParameter("No " + type + " value for field " + field + ".");
        }
        switch (type) {
            case INTEGER: return ColumnValue.fromLong(values.longValues(k));
            case BOOLEAN: return ColumnValue.fromBoolean(values.boolValues(k));
            case DOUBLE: return ColumnValue.fromDouble(values.doubleValues(k));
            case STRING: return ColumnValue.fromString(values.stringValues(k));
            case BINARY: return ColumnValue.fromBinary(bytes(values.binaryValues(k)));
            default: throw new AssertionError(type);
        }
    }

    private static int length(FieldValues values, ColumnType type) {
        switch (type) {
            case INTEGER: return values.longValuesLength();
            case BOOLEAN: return values.boolValuesLength();
            case DOUBLE: return values.doubleValuesLength();
            case STRING: return values.stringValuesLength();
            case BINARY: return values.binaryValuesLength();
            default: throw new AssertionError(type);
        }
    }

    private static byte[] bytes(BytesValue value) {
        byte[] bytes = new byte[value.valueLength()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = value.value(i);
        }
        return bytes;
    }
}
