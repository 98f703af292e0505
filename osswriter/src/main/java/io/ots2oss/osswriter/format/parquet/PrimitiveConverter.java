package io.ots2oss.osswriter.format.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

import com.alibaba.datax.common.element.BoolColumn;
import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;
import com.alibaba.datax.common.element.StringColumn;

import io.ots2oss.osswriter.format.TypedValues;

/** One primitive Parquet field: the value from a DataX column or, inside a group, from a JSON value. */
abstract class PrimitiveConverter extends ValueConverter {
    private static final long MICROS_PER_SECOND = 1000000L;
    private static final long NANOS_PER_SECOND = 1000000000L;

    PrimitiveConverter(PrimitiveType field, int index) {
        super(field, index);
    }

    @Override
    final Object convertJson(Object json) {
        return convertColumn(columnOf(json));
    }

    /** A JSON leaf as the DataX column it would have been, so that both paths convert alike (as upstream does). */
    private static Column columnOf(Object json) {
        if (json instanceof String) {
            return new StringColumn((String) json);
        }
        if (json instanceof Boolean) {
            return new BoolColumn((Boolean) json);
        }
        if (json instanceof Integer || json instanceof Long || json instanceof Short || json instanceof Byte) {
            return new LongColumn(((Number) json).longValue());
        }
        if (json instanceof BigInteger) {
            return new LongColumn((BigInteger) json);
        }
        if (json instanceof BigDecimal) {
            return new DoubleColumn((BigDecimal) json);
        }
        if (json instanceof Number) {
            return new DoubleColumn(((Number) json).doubleValue());
        }
        if (json instanceof Map || json instanceof List) {
            throw new IllegalArgumentException("a JSON " + (json instanceof Map ? "object" : "array") + " cannot fill a primitive field");
        }
        return new StringColumn(String.valueOf(json));
    }

    static PrimitiveConverter forField(PrimitiveType field, int index, ParquetOptions options) {
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
            return decimal(field, index, (LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) logical);
        }
        switch (field.getPrimitiveTypeName()) {
            case BINARY:
                return binary(field, index, isText(logical), options.newDateFormat());
            case FIXED_LEN_BYTE_ARRAY:
                return fixed(field, index);
            case INT96:
                return int96(field, index, options.localTimestamps());
            case INT64:
                return logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
                        ? timestamp64(field, index, ((LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) logical).getUnit())
                        : int64(field, index, logical);
            case INT32:
                return int32(field, index, logical);
            case DOUBLE:
                return new PrimitiveConverter(field, index) {
                    @Override
                    Object convertColumn(Column column) {
                        return column.asDouble();
                    }

                    @Override
                    void write(RecordConsumer consumer, Object value) {
                        consumer.addDouble((Double) value);
                    }
                };
            case FLOAT:
                return new PrimitiveConverter(field, index) {
                    @Override
                    Object convertColumn(Column column) {
                        return column.asDouble().floatValue();
                    }

                    @Override
                    void write(RecordConsumer consumer, Object value) {
                        consumer.addFloat((Float) value);
                    }
                };
            case BOOLEAN:
                return new PrimitiveConverter(field, index) {
                    @Override
                    Object convertColumn(Column column) {
                        return column.asBoolean();
                    }

                    @Override
                    void write(RecordConsumer consumer, Object value) {
                        consumer.addBoolean((Boolean) value);
                    }
                };
            default:
                throw new IllegalArgumentException("Parquet type " + field.getPrimitiveTypeName() + " of field '" + field.getName() + "' is not supported");
        }
    }

    private static boolean isText(LogicalTypeAnnotation logical) {
        return logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
    }

    /** Binary without a text annotation takes a bytes column's raw bytes (upstream decodes them to text). */
    private static PrimitiveConverter binary(PrimitiveType field, int index, final boolean text, final SimpleDateFormat dateFormat) {
        return new BinaryConverter(field, index) {
            @Override
            Object convertColumn(Column column) {
                if (column.getType() == Column.Type.BYTES && !text) {
                    return Binary.fromConstantByteArray(column.asBytes());
                }
                if (column.getType() == Column.Type.DATE && dateFormat != null) {
                    return Binary.fromString(dateFormat.format(column.asDate()));
                }
                return Binary.fromString(column.asString());
            }
        };
    }

    private static PrimitiveConverter fixed(PrimitiveType field, int index) {
        final int length = field.getTypeLength();
        return new BinaryConverter(field, index) {
            @Override
            Object convertColumn(Column column) {
                byte[] bytes = column.getType() == Column.Type.BYTES ? column.asBytes() : column.asString().getBytes(StandardCharsets.UTF_8);
                if (bytes.length != length) {
                    throw new IllegalArgumentException(bytes.length + " bytes do not fill fixed_len_byte_array(" + length + ")");
                }
                return Binary.fromConstantByteArray(bytes);
            }
        };
    }

    private static PrimitiveConverter decimal(PrimitiveType field, int index, LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
        final int precision = decimal.getPrecision();
        final int scale = decimal.getScale();
        switch (field.getPrimitiveTypeName()) {
            case INT32:
            case INT64:
                final boolean int32 = field.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32;
                return new PrimitiveConverter(field, index) {
                    @Override
                    Object convertColumn(Column column) {
                        long unscaled = TypedValues.decimal(column, precision, scale).unscaledValue().longValueExact();
                        return int32 ? (Object) Math.toIntExact(unscaled) : (Object) unscaled;
                    }

                    @Override
                    void write(RecordConsumer consumer, Object value) {
                        if (value instanceof Integer) {
                            consumer.addInteger((Integer) value);
                        } else {
                            consumer.addLong((Long) value);
                        }
                    }
                };
            case BINARY:
            case FIXED_LEN_BYTE_ARRAY:
                final int length = field.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY
                        ? field.getTypeLength() : -1;
                if (length > 0 && length < SchemaSupport.decimalBytes(precision)) {
                    throw new IllegalArgumentException("field '" + field.getName() + "': " + length + " bytes cannot hold decimal(" + precision + "," + scale + ")");
                }
                return new BinaryConverter(field, index) {
                    @Override
                    Object convertColumn(Column column) {
                        byte[] unscaled = TypedValues.decimal(column, precision, scale).unscaledValue().toByteArray();
                        return Binary.fromConstantByteArray(length < 0 ? unscaled : signExtended(unscaled, length));
                    }
                };
            default:
                throw new IllegalArgumentException("DECIMAL field '" + field.getName() + "' must be int32, int64, binary or fixed_len_byte_array");
        }
    }

    /** Big-endian two's complement padded to {@code length} bytes, as upstream and Hive write fixed-length decimals. */
    static byte[] signExtended(byte[] unscaled, int length) {
        if (unscaled.length == length) {
            return unscaled;
        }
        byte[] padded = new byte[length];
        Arrays.fill(padded, 0, length - unscaled.length, unscaled[0] < 0 ? (byte) -1 : 0);
        System.arraycopy(unscaled, 0, padded, length - unscaled.length, unscaled.length);
        return padded;
    }

    private static PrimitiveConverter int96(PrimitiveType field, int index, final boolean localWallClock) {
        return new BinaryConverter(field, index) {
            @Override
            Object convertColumn(Column column) {
                return Int96Timestamps.encode(instantOf(column), localWallClock);
            }
        };
    }

    private static PrimitiveConverter timestamp64(PrimitiveType field, int index, final LogicalTypeAnnotation.TimeUnit unit) {
        return new LongConverter(field, index) {
            @Override
            Object convertColumn(Column column) {
                Timestamp instant = instantOf(column);
                long seconds = Math.floorDiv(instant.getTime(), 1000L);
                switch (unit) {
                    case MILLIS:
                        return instant.getTime();
                    case MICROS:
                        return Math.addExact(Math.multiplyExact(seconds, MICROS_PER_SECOND), instant.getNanos() / 1000L);
                    default:
                        return Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), (long) instant.getNanos());
                }
            }
        };
    }

    /** A number is epoch milliseconds; anything else converts as a date. */
    private static Timestamp instantOf(Column column) {
        switch (column.getType()) {
            case LONG:
            case INT:
            case DOUBLE:
                return new Timestamp(column.asLong());
            default:
                return TypedValues.timestamp(column);
        }
    }

    private static PrimitiveConverter int64(PrimitiveType field, int index, LogicalTypeAnnotation logical) {
        final long[] range = range(logical, Long.MIN_VALUE, Long.MAX_VALUE);
        return new LongConverter(field, index) {
            @Override
            Object convertColumn(Column column) {
                return TypedValues.integral(column, range[0], range[1], "int64");
            }
        };
    }

    private static PrimitiveConverter int32(PrimitiveType field, int index, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return new IntConverter(field, index) {
                @Override
                Object convertColumn(Column column) {
                    return Math.toIntExact(TypedValues.localEpochDay(column));
                }
            };
        }
        final long[] range = range(logical, Integer.MIN_VALUE, Integer.MAX_VALUE);
        final String type = logical == null ? "int32" : logical.toString();
        return new IntConverter(field, index) {
            @Override
            Object convertColumn(Column column) {
                return (int) TypedValues.integral(column, range[0], range[1], type);
            }
        };
    }

    /** The range an INTEGER(bits, signed) annotation allows (unsigned 32 and 64 bits as far as the Java type goes). */
    private static long[] range(LogicalTypeAnnotation logical, long min, long max) {
        if (!(logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation)) {
            return new long[] {min, max};
        }
        LogicalTypeAnnotation.IntLogicalTypeAnnotation integer = (LogicalTypeAnnotation.IntLogicalTypeAnnotation) logical;
        int bits = integer.getBitWidth();
        if (integer.isSigned()) {
            return new long[] {-(1L << (bits - 1)), (1L << (bits - 1)) - 1};
        }
        return new long[] {0, bits >= 63 ? Long.MAX_VALUE : Math.min(max, (1L << bits) - 1)};
    }

    private abstract static class BinaryConverter extends PrimitiveConverter {
        BinaryConverter(PrimitiveType field, int index) {
            super(field, index);
        }

        @Override
        void write(RecordConsumer consumer, Object value) {
            consumer.addBinary((Binary) value);
        }
    }

    private abstract static class LongConverter extends PrimitiveConverter {
        LongConverter(PrimitiveType field, int index) {
            super(field, index);
        }

        @Override
        void write(RecordConsumer consumer, Object value) {
            consumer.addLong((Long) value);
        }
    }

    private abstract static class IntConverter extends PrimitiveConverter {
        IntConverter(PrimitiveType field, int index) {
            super(field, index);
        }

        @Override
        void write(RecordConsumer consumer, Object value) {
            consumer.addInteger((Integer) value);
        }
    }
}
