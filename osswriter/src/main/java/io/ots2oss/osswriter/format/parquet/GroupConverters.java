package io.ots2oss.osswriter.format.parquet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

import com.alibaba.datax.common.element.Column;
import com.alibaba.fastjson2.JSON;

/** Structs (JSON objects by field name), LIST (JSON arrays) and MAP (JSON objects) in Parquet's standard layouts. */
final class GroupConverters {
    private GroupConverters() {
    }

    static ValueConverter struct(GroupType group, int index, ParquetOptions options) {
        final List<Type> fields = group.getFields();
        final ValueConverter[] children = new ValueConverter[fields.size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = ValueConverter.forField(fields.get(i), i, options);
        }
        return new JsonGroup(group, index) {
            @Override
            Object convertJson(Object json) {
                Map<?, ?> object = jsonObject(json);
                Object[] values = new Object[children.length];
                for (int i = 0; i < children.length; i++) {
                    Object child = object.get(children[i].name());
                    if (child == null) {
                        requirePresent(children[i]);
                    } else {
                        values[i] = children[i].fromJson(child);
                    }
                }
                return values;
            }

            @Override
            void write(RecordConsumer consumer, Object value) {
                consumer.startGroup();
                Object[] values = (Object[]) value;
                for (int i = 0; i < children.length; i++) {
                    if (values[i] != null) {
                        children[i].emit(consumer, values[i]);
                    }
                }
                consumer.endGroup();
            }
        };
    }

    /**
     * {@code group (LIST) { repeated group list { element } }} (three levels), or the older two-level form whose
     * repeated field is the element itself; an empty array writes an empty list.
     */
    static ValueConverter list(GroupType group, int index, ParquetOptions options) {
        Type repeated = onlyField(group, "LIST");
        if (!repeated.isRepetition(Type.Repetition.REPEATED)) {
            throw new IllegalArgumentException("LIST group '" + group.getName() + "' must hold one repeated field");
        }
        boolean threeLevel = !repeated.isPrimitive() && repeated.asGroupType().getFieldCount() == 1
                && !repeated.getName().equals("array") && !repeated.getName().equals(group.getName() + "_tuple");
        final ValueConverter elements = threeLevel
                ? wrapperOf(repeated.asGroupType(), ValueConverter.forField(repeated.asGroupType().getType(0), 0, options))
                : ValueConverter.forField(repeated, 0, options);
        return new JsonGroup(group, index) {
            @Override
            Object convertJson(Object json) {
                return elements.fromJson(json);
            }

            @Override
            void write(RecordConsumer consumer, Object value) {
                consumer.startGroup();
                elements.emit(consumer, value);
                consumer.endGroup();
            }
        };
    }

    /** {@code group (MAP) { repeated group key_value { key; value } }}, filled from a JSON object. */
    static ValueConverter map(GroupType group, int index, ParquetOptions options) {
        Type repeated = onlyField(group, "MAP");
        if (!repeated.isRepetition(Type.Repetition.REPEATED) || repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 2) {
            throw new IllegalArgumentException("MAP group '" + group.getName() + "' must hold one repeated group of key and value");
        }
        GroupType keyValue = repeated.asGroupType();
        final ValueConverter key = ValueConverter.forField(keyValue.getType(0), 0, options);
        final ValueConverter value = ValueConverter.forField(keyValue.getType(1), 1, options);
        final ValueConverter entries = new JsonGroup(keyValue, 0) {
            @Override
            Object convertJson(Object json) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) json;
                Object[] pair = {key.fromJson(String.valueOf(entry.getKey())), null};
                if (entry.getValue() == null) {
                    requirePresent(value);
                } else {
                    pair[1] = value.fromJson(entry.getValue());
                }
                return pair;
            }

            @Override
            void write(RecordConsumer consumer, Object pair) {
                consumer.startGroup();
                key.emit(consumer, ((Object[]) pair)[0]);
                if (((Object[]) pair)[1] != null) {
                    value.emit(consumer, ((Object[]) pair)[1]);
                }
                consumer.endGroup();
            }
        };
        return new JsonGroup(group, index) {
            @Override
            Object convertJson(Object json) {
                return entries.fromJson(new ArrayList<Object>(jsonObject(json).entrySet()));
            }

            @Override
            void write(RecordConsumer consumer, Object value) {
                consumer.startGroup();
                entries.emit(consumer, value);
                consumer.endGroup();
            }
        };
    }

    /** The repeated middle group of a three-level list: one group per element, holding the element when not null. */
    private static ValueConverter wrapperOf(GroupType repeated, final ValueConverter element) {
        return new JsonGroup(repeated, 0) {
            @Override
            Object convertJson(Object json) {
                return new Object[] {element.fromJson(json)};
            }

            @Override
            Object nullElement() {
                requirePresent(element);
                return new Object[] {null};
            }

            @Override
            void write(RecordConsumer consumer, Object value) {
                consumer.startGroup();
                Object content = ((Object[]) value)[0];
                if (content != null) {
                    element.emit(consumer, content);
                }
                consumer.endGroup();
            }
        };
    }

    private static Type onlyField(GroupType group, String annotation) {
        if (group.getFieldCount() != 1) {
            throw new IllegalArgumentException(annotation + " group '" + group.getName() + "' must hold exactly one field");
        }
        return group.getType(0);
    }

    /** A group whose top-level value is the column's text parsed as JSON. */
    private abstract static class JsonGroup extends ValueConverter {
        JsonGroup(Type field, int index) {
            super(field, index);
        }

        @Override
        Object convertColumn(Column column) {
            return convertJson(JSON.parse(column.asString()));
        }

        static Map<?, ?> jsonObject(Object json) {
            if (!(json instanceof Map)) {
                throw new IllegalArgumentException("a JSON object is needed, not [" + json + "]");
            }
            return (Map<?, ?>) json;
        }

        static void requirePresent(ValueConverter field) {
            if (field.required()) {
                throw new IllegalArgumentException("required field '" + field.name() + "' has no value");
            }
        }
    }
}
