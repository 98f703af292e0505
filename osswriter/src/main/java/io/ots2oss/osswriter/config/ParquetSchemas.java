package io.ots2oss.osswriter.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/** Builds and checks the Parquet message type from {@code parquetSchema} or {@code column}. */
final class ParquetSchemas {
    private ParquetSchemas() {
    }

    static String resolve(String parquetSchema, List<?> columns) {
        String schema = parquetSchema != null ? parquetSchema : fromColumns(columns);
        MessageType type;
        try {
            type = MessageTypeParser.parseMessageType(schema);
        } catch (RuntimeException e) {
            throw ConfigException.illegal(Keys.PARQUET_SCHEMA, schema, "a Parquet message type such as 'message m { optional int64 id; optional binary name (STRING); }' (" + e.getMessage() + ")");
        }
        checkWritable(schema, type);
        return schema;
    }

    /** Rejects fields the writer cannot fill here, rather than failing every record later. */
    private static void checkWritable(String schema, MessageType type) {
        for (Type field : type.getFields()) {
            if (!field.isPrimitive()) {
                throw ConfigException.illegal(Keys.PARQUET_SCHEMA, schema, "a flat schema of primitive fields, but '" + field.getName() + "' is a group");
            }
            if (field.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96) {
                throw ConfigException.illegal(Keys.PARQUET_SCHEMA, schema, "fields of type binary, int32, int64, float, double or boolean, but '"
                        + field.getName() + "' is int96 (use int64 with TIMESTAMP)");
            }
        }
    }

    private static String fromColumns(List<?> columns) {
        if (columns.isEmpty()) {
            throw ConfigException.missing(Keys.COLUMN, "fileFormat parquet needs 'column' (a list of {\"name\",\"type\"}) or 'parquetSchema'");
        }
        StringBuilder schema = new StringBuilder("message m {");
        for (int i = 0; i < columns.size(); i++) {
            Object entry = columns.get(i);
            if (!(entry instanceof Map)) {
                throw ConfigException.illegal(Keys.COLUMN + "[" + i + "]", entry, "an object with 'name' and 'type'");
            }
            Map<?, ?> column = (Map<?, ?>) entry;
            Object name = column.get("name");
            Object type = column.get("type");
            if (name == null || String.valueOf(name).trim().isEmpty()) {
                throw ConfigException.missing(Keys.COLUMN + "[" + i + "].name", "each Parquet column needs a name");
            }
            if (type == null) {
                throw ConfigException.missing(Keys.COLUMN + "[" + i + "].type", "each Parquet column needs a type");
            }
            schema.append(" optional ").append(primitiveFor(i, String.valueOf(type))).append(' ')
                    .append(String.valueOf(name).trim()).append(annotationFor(String.valueOf(type))).append(';');
        }
        return schema.append(" }").toString();
    }

    private static String primitiveFor(int index, String type) {
        String normalized = type.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("string") || normalized.equals("varchar") || normalized.equals("char") || normalized.equals("text")
                || normalized.equals("bytes") || normalized.equals("binary")) {
            return "binary";
        }
        if (normalized.equals("long") || normalized.equals("bigint") || normalized.equals("int64")
                || normalized.equals("timestamp") || normalized.equals("datetime")) {
            return "int64";
        }
        if (normalized.equals("int") || normalized.equals("integer") || normalized.equals("int32") || normalized.equals("smallint")
                || normalized.equals("tinyint") || normalized.equals("date")) {
            return "int32";
        }
        if (normalized.equals("double")) {
            return "double";
        }
        if (normalized.equals("float")) {
            return "float";
        }
        if (normalized.equals("boolean") || normalized.equals("bool")) {
            return "boolean";
        }
        throw ConfigException.illegal(Keys.COLUMN + "[" + index + "].type", type,
                "one of string, bytes, long, int, double, float, boolean, date, timestamp");
    }

    private static String annotationFor(String type) {
        String normalized = type.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("string") || normalized.equals("varchar") || normalized.equals("char") || normalized.equals("text")) {
            return " (STRING)";
        }
        if (normalized.equals("date")) {
            return " (DATE)";
        }
        if (normalized.equals("timestamp") || normalized.equals("datetime")) {
            return " (TIMESTAMP(MILLIS,true))";
        }
        return "";
    }
}
