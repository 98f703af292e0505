package io.ots2oss.osswriter.format.parquet;

import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.OriginalType;
import org.apache.parquet.schema.Type;

import com.alibaba.datax.common.element.Column;
import com.alibaba.fastjson2.JSON;

/**
 * Converts the value of one Parquet field, in two steps so that a record whose values do not convert is rejected
 * before anything of it reaches the file: {@link #fromColumn}/{@link #fromJson} convert (and throw), {@link #emit}
 * only writes. Group fields (structs, LIST, MAP) take their value as JSON, as upstream's "fields" mode does.
 */
abstract class ValueConverter {
    private final String name;
    private final int index;
    private final boolean required;
    private final boolean repeated;

    ValueConverter(Type field, int index) {
        this.name = field.getName();
        this.index = index;
        this.required = field.isRepetition(Type.Repetition.REQUIRED);
        this.repeated = field.isRepetition(Type.Repetition.REPEATED);
    }

    String name() {
        return name;
    }

    boolean required() {
        return required;
    }

    /** The converted value of a top-level field from a non-null column. */
    final Object fromColumn(Column column) {
        return repeated ? elements(JSON.parse(column.asString())) : convertColumn(column);
    }

    /** The converted value of a nested field from a non-null JSON value. */
    final Object fromJson(Object json) {
        return repeated ? elements(json) : convertJson(json);
    }

    private List<Object> elements(Object json) {
        if (!(json instanceof List)) {
            throw new IllegalArgumentException("repeated field '" + name + "' needs a JSON array");
        }
        List<Object> values = new ArrayList<Object>();
        for (Object element : (List<?>) json) {
            values.add(element == null ? nullElement() : convertJson(element));
        }
        return values;
    }

    /** Writes the field with its converted value; a repeated field with no values is left out, as Parquet requires. */
    final void emit(RecordConsumer consumer, Object value) {
        if (repeated) {
            List<?> values = (List<?>) value;
            if (values.isEmpty()) {
                return;
            }
            consumer.startField(name, index);
            for (Object element : values) {
                write(consumer, element);
            }
            consumer.endField(name, index);
            return;
        }
        consumer.startField(name, index);
        write(consumer, value);
        consumer.endField(name, index);
    }

    /** The value of a null JSON array element, where the layout allows one. */
    Object nullElement() {
        throw new IllegalArgumentException("repeated field '" + name + "' cannot hold null");
    }

    abstract Object convertColumn(Column column);

    abstract Object convertJson(Object json);

    /** Writes one (non-repeated) value: a primitive, or a whole group. */
    abstract void write(RecordConsumer consumer, Object value);

    static ValueConverter forField(Type field, int index, ParquetOptions options) {
        if (field.isPrimitive()) {
            return PrimitiveConverter.forField(field.asPrimitiveType(), index, options);
        }
        GroupType group = field.asGroupType();
        LogicalTypeAnnotation logical = group.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
            return GroupConverters.list(group, index, options);
        }
        if (logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
                || group.getOriginalType() == OriginalType.MAP_KEY_VALUE) {
            return GroupConverters.map(group, index, options);
        }
        if (logical != null) {
            throw new IllegalArgumentException("group '" + group.getName() + "' has the unsupported annotation " + logical);
        }
        return GroupConverters.struct(group, index, options);
    }
}
