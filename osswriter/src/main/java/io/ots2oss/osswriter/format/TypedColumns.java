package io.ots2oss.osswriter.format;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.KeyReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ots2oss.osswriter.config.Keys;

/** Reads {@code column} as the typed column list of the typed formats (Parquet, ORC), with sized types split up. */
public final class TypedColumns {
    /** Upstream's default when a decimal column gives no precision and scale. */
    static final int DEFAULT_DECIMAL_PRECISION = 10;
    static final int DEFAULT_DECIMAL_SCALE = 2;
    static final int MAX_DECIMAL_PRECISION = 38;

    private static final Pattern SIZED = Pattern.compile("([a-z_][a-z0-9_]*)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    private TypedColumns() {
    }

    /** One column: its name and its type as written, split into a lower-case base name and up to two sizes. */
    public static final class Column {
        private final KeyReader entry;
        private final String name;
        private final String type;
        private final String base;
        private final Integer first;
        private final Integer second;

        Column(KeyReader entry, String name, String type, String base, Integer first, Integer second) {
            this.entry = entry;
            this.name = name;
            this.type = type;
            this.base = base;
            this.first = first;
            this.second = second;
        }

        public String name() {
            return name;
        }

        /** The lower-case type name without sizes, such as {@code decimal}; empty when the type is not of that form. */
        public String base() {
            return base;
        }

        /** Whether the type has sizes, as {@code varchar(10)} or {@code decimal(12,2)}. */
        public boolean sized() {
            return first != null;
        }

        /** The {@code n} of {@code varchar(n)}, {@code char(n)}; refuses other forms naming the key. */
        public int length() {
            if (first == null || second != null || first < 1) {
                throw illegalType(base + "(n) with a length n >= 1");
            }
            return first;
        }

        /** {@code decimal}, {@code decimal(p)} or {@code decimal(p,s)}: precision and scale, (10,2) by default as upstream. */
        public int[] decimal() {
            int precision = first == null ? DEFAULT_DECIMAL_PRECISION : first;
            int scale = first == null ? DEFAULT_DECIMAL_SCALE : second == null ? 0 : second;
            if (precision < 1 || precision > MAX_DECIMAL_PRECISION || scale > precision) {
                throw illegalType("decimal(p,s) with 1 <= p <= 38 and 0 <= s <= p");
            }
            return new int[] {precision, scale};
        }

        /** An error naming {@code column[i].type}, its value and what is expected. */
        public ConfigError illegalType(String expected) {
            return entry.illegal("type", type, expected);
        }
    }

    public static List<Column> read(KeyReader params, String fileFormat) {
        List<KeyReader> entries = params.objects(Keys.COLUMN, "a list of {\"name\": ..., \"type\": ...} objects");
        if (entries.isEmpty()) {
            throw ConfigError.missing(Keys.COLUMN, "fileFormat " + fileFormat + " needs 'column' (a list of {\"name\",\"type\"})"
                    + ("parquet".equals(fileFormat) ? " or 'parquetSchema'" : ""));
        }
        List<Column> columns = new ArrayList<Column>();
        for (KeyReader entry : entries) {
            columns.add(column(entry));
        }
        return columns;
    }

    private static Column column(KeyReader entry) {
        String name = entry.required("name", "each typed column needs a name");
        String type = entry.required("type", "each typed column needs a type");
        Matcher matcher = SIZED.matcher(type.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return new Column(entry, name, type, "", null, null);
        }
        return new Column(entry, name, type, matcher.group(1), parse(matcher.group(2)), parse(matcher.group(3)));
    }

    private static Integer parse(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
