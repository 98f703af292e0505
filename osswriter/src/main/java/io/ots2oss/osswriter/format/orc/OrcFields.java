package io.ots2oss.osswriter.format.orc;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;

import org.apache.orc.TypeDescription;
import org.apache.orc.storage.common.type.HiveDecimal;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DecimalColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.format.TypedValues;

/**
 * Converts record column i to ORC field i, all fields before any reaches the row batch, so that a value that does
 * not convert makes the whole record dirty (as upstream) and leaves the file untouched.
 */
final class OrcFields {
    private final List<String> names;
    private final Field[] fields;

    OrcFields(TypeDescription struct) {
        this.names = struct.getFieldNames();
        List<TypeDescription> types = struct.getChildren();
        this.fields = new Field[types.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fieldOf(types.get(i));
        }
    }

    /** One value per field, null for a missing or null column; throws {@link IllegalArgumentException} when one does not convert. */
    Object[] convert(Record record) {
        Object[] values = new Object[fields.length];
        int available = record.getColumnNumber();
        for (int i = 0; i < fields.length; i++) {
            Column column = i < available ? record.getColumn(i) : null;
            if (column == null || column.getRawData() == null) {
                continue;
            }
            try {
                values[i] = fields[i].convert(column);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Column " + i + " [" + column.getType() + "] does not convert to ORC field '"
                        + names.get(i) + "': " + e.getMessage(), e);
            }
        }
        return values;
    }

    void set(VectorizedRowBatch batch, int row, Object[] values) {
        for (int i = 0; i < fields.length; i++) {
            ColumnVector vector = batch.cols[i];
            if (values[i] == null) {
                vector.noNulls = false;
                vector.isNull[row] = true;
            } else {
                fields[i].set(vector, row, values[i]);
            }
        }
    }

    private abstract static class Field {
        abstract Object convert(Column column);

        abstract void set(ColumnVector vector, int row, Object value);
    }

    /** Integers, booleans and dates (days) all live in a long vector. */
    private abstract static class LongField extends Field {
        @Override
        void set(ColumnVector vector, int row, Object value) {
            ((LongColumnVector) vector).vector[row] = (Long) value;
        }
    }

    private static Field fieldOf(TypeDescription type) {
        switch (type.getCategory()) {
            case BYTE:
                return integral(Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
            case SHORT:
                return integral(Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
            case INT:
                return integral(Integer.MIN_VALUE, Integer.MAX_VALUE, "INT");
            case LONG:
                return integral(Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
            case BOOLEAN:
                return new LongField() {
                    @Override
                    Object convert(Column column) {
                        return column.asBoolean() ? 1L : 0L;
                    }
                };
            case DATE:
                return new LongField() {
                    @Override
                    Object convert(Column column) {
                        return TypedValues.localEpochDay(column);
                    }
                };
            case FLOAT:
            case DOUBLE:
                final boolean single = type.getCategory() == TypeDescription.Category.FLOAT;
                return new Field() {
                    @Override
                    Object convert(Column column) {
                        double value = column.asDouble();
                        return single ? (double) (float) value : value;
                    }

                    @Override
                    void set(ColumnVector vector, int row, Object value) {
                        ((DoubleColumnVector) vector).vector[row] = (Double) value;
                    }
                };
            case DECIMAL:
                return decimal(type.getPrecision(), type.getScale());
            case TIMESTAMP:
                return new Field() {
                    @Override
                    Object convert(Column column) {
                        return TypedValues.timestamp(column);
                    }

                    @Override
                    void set(ColumnVector vector, int row, Object value) {
                        ((TimestampColumnVector) vector).set(row, (Timestamp) value);
                    }
                };
            case STRING:
            case VARCHAR:
            case CHAR:
                return bytes(false);
            case BINARY:
                return bytes(true);
            default:
                throw new IllegalArgumentException("ORC type " + type + " is not supported");
        }
    }

    private static Field integral(final long min, final long max, final String name) {
        return new LongField() {
            @Override
            Object convert(Column column) {
                return TypedValues.integral(column, min, max, name);
            }
        };
    }

    private static Field decimal(final int precision, final int scale) {
        return new Field() {
            @Override
            Object convert(Column column) {
                return HiveDecimal.create(TypedValues.decimal(column, precision, scale));
            }

            @Override
            void set(ColumnVector vector, int row, Object value) {
                ((DecimalColumnVector) vector).set(row, (HiveDecimal) value);
            }
        };
    }

    /** Text is the column's string in UTF-8 (VARCHAR(n) and CHAR(n) are cut or padded by ORC, as Hive does). */
    private static Field bytes(final boolean raw) {
        return new Field() {
            @Override
            Object convert(Column column) {
                return raw ? column.asBytes() : column.asString().getBytes(StandardCharsets.UTF_8);
            }

            @Override
            void set(ColumnVector vector, int row, Object value) {
                byte[] bytes = (byte[]) value;
                ((BytesColumnVector) vector).setVal(row, bytes, 0, bytes.length);
            }
        };
    }
}
