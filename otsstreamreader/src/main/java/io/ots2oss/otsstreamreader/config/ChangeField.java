package io.ots2oss.otsstreamreader.config;

/**
 * A value row mode takes from the stream record rather than from the row, selected in {@code column} by a name that
 * starts with {@code @}. Tablestore column names hold only letters, digits and underscores, so no real column can be
 * mistaken for one of these. Not {@code $}: DataX replaces {@code $name} anywhere in a job by the JVM property
 * {@code name} when one is set.
 */
public enum ChangeField {
    /** {@code put}, {@code update} or {@code delete}. */
    KIND("@kind"),
    /** The stream time of the change in epoch milliseconds (what the window compares). */
    TIME_MS("@time_ms"),
    /** The stream time of the change in epoch microseconds, as the stream records it. */
    TIME_US("@time_us"),
    /** The sequence string {@code isExportSequenceInfo} appends: orders a key's changes. */
    SEQUENCE("@sequence"),
    /** One letter per listed column saying what the change did to it. */
    COLUMN_OPS("@column_ops");

    /** The first character of every change-field name, and of no Tablestore column name. */
    public static final char MARK = '@';
    /** DataX's variable mark: a column name starting with it was meant to be substituted, or meant a change field. */
    static final char DATAX_VARIABLE = '$';

    private final String columnName;

    ChangeField(String columnName) {
        this.columnName = columnName;
    }

    public String columnName() {
        return columnName;
    }

    /** The field named exactly {@code name}, or null. */
    static ChangeField named(String name) {
        for (ChangeField field : values()) {
            if (field.columnName.equals(name)) {
                return field;
            }
        }
        return null;
    }

    static String allNames() {
        StringBuilder names = new StringBuilder();
        for (ChangeField field : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(field.columnName);
        }
        return names.toString();
    }

    @Override
    public String toString() {
        return columnName;
    }
}
