package io.ots2oss.osswriter.format.parquet;

import java.util.List;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;

/**
 * Converts a record to the values of the schema's fields (column i to field i) before anything reaches the
 * Parquet writer: parquet-java abandons a whole file once a write throws, so a bad record must be caught here.
 */
final class RecordConverter {
    private final ValueConverter[] converters;

    RecordConverter(MessageType schema, ParquetOptions options) {
        List<Type> fields = schema.getFields();
        this.converters = new ValueConverter[fields.size()];
        for (int i = 0; i < converters.length; i++) {
            converters[i] = ValueConverter.forField(fields.get(i), i, options);
        }
    }

    ValueConverter[] converters() {
        return converters;
    }

    /** One value per field, null for an absent value; throws {@link IllegalArgumentException} when a value does not fit. */
    Object[] convert(Record record) {
        Object[] values = new Object[converters.length];
        int available = record.getColumnNumber();
        for (int i = 0; i < converters.length; i++) {
            Column column = i < available ? record.getColumn(i) : null;
            if (column == null || column.getRawData() == null) {
                if (converters[i].required()) {
                    throw new IllegalArgumentException("Parquet field '" + converters[i].name() + "' is required but column " + i + " is null");
                }
                continue;
            }
            try {
                values[i] = converters[i].fromColumn(column);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Column " + i + " [" + column.getType() + "] does not convert to Parquet field '"
                        + converters[i].name() + "': " + e.getMessage(), e);
            }
        }
        return values;
    }
}
