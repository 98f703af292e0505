package io.ots2oss.osswriter.format.parquet;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import com.alibaba.datax.common.element.Column;

/**
 * Converts a DataX column to one Parquet primitive field, in two steps so that a record whose values do not
 * convert is rejected before anything of it reaches the file.
 */
abstract class ValueConverter {
    private static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;

    private final String name;
    private final boolean required;

    ValueConverter(Type field) {
        this.name = field.getName();
        this.required = field.isRepetition(Type.Repetition.REQUIRED);
    }

    String name() {
        return name;
    }

    boolean required() {
        return required;
    }

    /** The Parquet value of a non-null column; throws when it does not convert. */
    abstract Object convert(Column column);

    abstract void add(RecordConsumer consumer, Object value);

    static ValueConverter forField(Type field) {
        if (!field.isPrimitive()) {
            throw new IllegalArgumentException("Parquet field '" + field.getName() + "' is a group; only primitive fields are supported");
        }
        PrimitiveType primitive = field.asPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        switch (primitive.getPrimitiveTypeName()) {
            case BINARY:
            case FIXED_LEN_BYTE_ARRAY:
                return binary(field, logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation);
            case INT64:
                return int64(field);
            case INT32:
                return int32(field, logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation);
            case DOUBLE:
                return new ValueConverter(field) {
                    @Override
                    Object convert(Column column) {
                        return column.asDouble();
                    }

                    @Override
                    void add(RecordConsumer consumer, Object value) {
                        consumer.addDouble((Double) value);
                    }
                };
            case FLOAT:
                return new ValueConverter(field) {
                    @Override
                    Object convert(Column column) {
                        return column.asDouble().floatValue();
                    }

                    @Override
                    void add(RecordConsumer consumer, Object value) {
                        consumer.addFloat((Float) value);
                    }
                };
            case BOOLEAN:
                return new ValueConverter(field) {
                    @Override
                    Object convert(Column column) {
                        return column.asBoolean();
                    }

                    @Override
                    void add(RecordConsumer consumer, Object value) {
                        consumer.addBoolean((Boolean) value);
                    }
                };
            default:
                throw new IllegalArgumentException("Parquet type " + primitive.getPrimitiveTypeName() + " of field '" + field.getName() + "' is not supported");
        }
    }

    private static ValueConverter binary(Type field, final boolean text) {
        return new ValueConverter(field) {
            @Override
            Object convert(Column column) {
                boolean raw = column.getType() == Column.Type.BYTES && !text;
                return raw ? Binary.fromConstantByteArray(column.asBytes()) : Binary.fromString(column.asString());
            }

            @Override
            void add(RecordConsumer consumer, Object value) {
                consumer.addBinary((Binary) value);
            }
        };
    }

    private static ValueConverter int64(Type field) {
        return new ValueConverter(field) {
            @Override
            Object convert(Column column) {
                return column.getType() == Column.Type.DATE ? column.asDate().getTime() : column.asLong();
            }

            @Override
            void add(RecordConsumer consumer, Object value) {
                consumer.addLong((Long) value);
            }
        };
    }

    private static ValueConverter int32(Type field, final boolean date) {
        return new ValueConverter(field) {
            @Override
            Object convert(Column column) {
                if (date && column.getType() == Column.Type.DATE) {
                    return (int) Math.floorDiv(column.asDate().getTime(), MILLIS_PER_DAY);
                }
                return Math.toIntExact(column.asLong());
            }

            @Override
            void add(RecordConsumer consumer, Object value) {
                consumer.addInteger((Integer) value);
            }
        };
    }
}
