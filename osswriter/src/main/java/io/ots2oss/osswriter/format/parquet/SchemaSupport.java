package io.ots2oss.osswriter.format.parquet;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** What the writer can fill, checked once when the job starts. */
public final class SchemaSupport {
    private SchemaSupport() {
    }

    /** Throws {@link IllegalArgumentException} naming the first field the writer cannot fill. */
    public static void check(MessageType schema) {
        ParquetOptions options = new ParquetOptions(false, null);
        for (Type field : schema.getFields()) {
            ValueConverter.forField(field, 0, options);
        }
    }

    /** The fewest bytes whose two's complement holds every unscaled value of {@code precision} digits. */
    public static int decimalBytes(int precision) {
        int bytes = 1;
        while (Math.pow(2, 8 * bytes - 1) < Math.pow(10, precision)) {
            bytes++;
        }
        return bytes;
    }
}
