package io.ots2oss.osswriter.format.parquet;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.KeyReader;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.format.TypedColumns;

/** Builds and checks the Parquet message type from {@code parquetSchema} or {@code column}. */
final class ParquetSchemas {
    private static final String EXPECTED = "one of string, varchar, char, text, binary, bytes, bigint, long, int64, int, integer, int32, "
            + "smallint, tinyint, double, float, boolean, date, timestamp, datetime, int96, decimal, decimal(p,s)";

    private ParquetSchemas() {
    }

    static String resolve(String parquetSchema, KeyReader params, ParquetTimestamp timestamps) {
        String schema = parquetSchema != null ? parquetSchema : fromColumns(params, timestamps);
        MessageType type;
        try {
            type = MessageTypeParser.parseMessageType(schema);
        } catch (RuntimeException e) {
            throw ConfigError.illegal(Keys.PARQUET_SCHEMA, schema, "a Parquet message type such as 'message m { optional int64 id; optional binary name (STRING); }' (" + e.getMessage() + ")");
        }
        try {
            SchemaSupport.check(type);
        } catch (IllegalArgumentException e) {
            throw ConfigError.illegal(parquetSchema != null ? Keys.PARQUET_SCHEMA : Keys.COLUMN, schema, "a schema this writer can fill: " + e.getMessage());
        }
        return schema;
    }

    private static String fromColumns(KeyReader params, ParquetTimestamp timestamps) {
        StringBuilder schema = new StringBuilder("message m {");
        for (TypedColumns.Column column : TypedColumns.read(params, "parquet")) {
            schema.append(" optional ").append(String.format(declaration(column, timestamps), column.name())).append(';');
        }
        return schema.append(" }").toString();
    }

    /** The field declaration with {@code %s} for the name. */
    private static String declaration(TypedColumns.Column column, ParquetTimestamp timestamps) {
        if (column.base().equals("decimal")) {
            int[] decimal = column.decimal();
            return "fixed_len_byte_array(" + SchemaSupport.decimalBytes(decimal[0]) + ") %s (DECIMAL(" + decimal[0] + "," + decimal[1] + "))";
        }
        if (column.sized()) {
            throw column.illegalType(EXPECTED);
        }
        switch (column.base()) {
            case "string":
            case "varchar":
            case "char":
            case "text":
                return "binary %s (STRING)";
            case "binary":
            case "bytes":
                return "binary %s";
            case "long":
            case "bigint":
            case "int64":
                return "int64 %s";
            case "int":
            case "integer":
            case "int32":
                return "int32 %s";
            case "smallint":
                return "int32 %s (INTEGER(16,true))";
            case "tinyint":
                return "int32 %s (INTEGER(8,true))";
            case "date":
                return "int32 %s (DATE)";
            case "timestamp":
            case "datetime":
                return timestamps.declaration();
            case "int96":
                return ParquetTimestamp.INT96.declaration();
            case "double":
                return "double %s";
            case "float":
                return "float %s";
            case "boolean":
            case "bool":
                return "boolean %s";
            default:
                throw column.illegalType(EXPECTED);
        }
    }
}
