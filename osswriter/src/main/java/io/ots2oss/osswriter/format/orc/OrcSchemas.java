package io.ots2oss.osswriter.format.orc;

import io.ots2oss.common.config.KeyReader;

import org.apache.orc.TypeDescription;

import io.ots2oss.osswriter.format.TypedColumns;

/** Builds the ORC struct type from {@code column}, with upstream's Hive type names and DECIMAL, BINARY beyond them. */
final class OrcSchemas {
    private static final String EXPECTED = "one of TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL, DECIMAL(p,s), TIMESTAMP, DATE, "
            + "STRING, VARCHAR, VARCHAR(n), CHAR, CHAR(n), BOOLEAN, BINARY";

    private OrcSchemas() {
    }

    /** The ORC type in ORC's own syntax ({@code struct<id:bigint,...>}); column i of a record fills field i. */
    static String resolve(KeyReader params) {
        TypeDescription struct = TypeDescription.createStruct();
        for (TypedColumns.Column column : TypedColumns.read(params, "orc")) {
            struct.addField(column.name(), typeOf(column));
        }
        return struct.toString();
    }

    private static TypeDescription typeOf(TypedColumns.Column column) {
        if (column.sized() && !column.base().equals("decimal") && !column.base().equals("varchar") && !column.base().equals("char")) {
            throw column.illegalType(EXPECTED);
        }
        switch (column.base()) {
            case "tinyint":
                return TypeDescription.createByte();
            case "smallint":
                return TypeDescription.createShort();
            case "int":
                return TypeDescription.createInt();
            case "bigint":
                return TypeDescription.createLong();
            case "float":
                return TypeDescription.createFloat();
            case "double":
                return TypeDescription.createDouble();
            case "decimal":
                int[] decimal = column.decimal();
                return TypeDescription.createDecimal().withScale(decimal[1]).withPrecision(decimal[0]);
            case "timestamp":
                return TypeDescription.createTimestamp();
            case "date":
                return TypeDescription.createDate();
            case "string":
                return TypeDescription.createString();
            case "varchar":
                // Upstream writes VARCHAR and CHAR as ORC strings; a length asks for ORC's own sized types.
                return column.sized() ? TypeDescription.createVarchar().withMaxLength(column.length()) : TypeDescription.createString();
            case "char":
                return column.sized() ? TypeDescription.createChar().withMaxLength(column.length()) : TypeDescription.createString();
            case "boolean":
                return TypeDescription.createBoolean();
            case "binary":
                return TypeDescription.createBinary();
            default:
                throw column.illegalType(EXPECTED);
        }
    }
}
