package io.ots2oss.osswriter.format.parquet;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.KeyReader;

import java.util.List;
import java.util.Locale;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import io.ots2oss.osswriter.config.Keys;

/** Builds and checks the Parquet message type from {@code parquetSchema} or {@code column}. */
final class ParquetSchemas {
    private ParquetSchemas() {
    }

    static String resolve(String parquetSchema, List<KeyReader> columns) {
        String schema = parquetSchema != null ? parquetSchema : fromColumns(columns);
        MessageType type;
        try {
            type = MessageTypeParser.parseMessageType(schema);
        } catch (RuntimeException e) {
            throw ConfigError.illegal(Keys.PARQUET_SCHEMA, schema, "a Parquet message type such as 'message m { optional int64 id; optional binary name (STRING); }' (" + e.getMessage() + ")");
        }
        checkWritable(schema, type);
        return schema;
    }

    /** Rejects fields the writer cannot fill here, rather than failing every record later. */
    private static void checkWritable(String schema, MessageType type) {
        for (Type field : type.getFields()) {
            if (!field.isPrimitive()) {
                throw ConfigError.illegal(Keys.PARQUET_SCHEMA, schema, "a flat schema of primitive fields, but '" + field.getName() + "' is a group");
            }
            if (field.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96) {
                throw ConfigError.illegal(Keys.PARQUET_SCHEMA, schema, "fields of type binary, int32, int64, float, double or boolean, but '"
                        + field.getName() + "' is int96 (use int64 with TIMESTAMP)");
            }
        }
    }

    private static String fromColumns(List<KeyReader> columns) {
        if (columns.isEmpty()) {
            throw ConfigError.missing(Keys.COLUMN, "fileFormat parquet needs 'column' (a list of {\"name\",\"type\"}) or 'parquetSchema'");
        }
        StringBuilder schema = new StringBuilder("message m {");
        for (int i = 0; i < columns.size(); i++) {
            KeyReader column = columns.get(i);
            String name = column.required("name", "each Parquet column needs a name");
            String type = column.required("type", "each Parquet column needs a type");
            schema.append(" optional ").append(primitiveFor(column, type)).append(' ')
                    .append(name).append(annotationFor(type)).append(';');
        }
        return schema.append(" }").toString();
    }

    private static String primitiveFor(KeyReader column, String type) {
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
        throw column.illegal("type", type,
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
