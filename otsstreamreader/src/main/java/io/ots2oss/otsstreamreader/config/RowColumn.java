package io.ots2oss.otsstreamreader.config;

/** One configured column of row mode: a column of the table, or a {@link ChangeField} of the stream record. */
public final class RowColumn {
    private final String name;
    private final boolean timeseriesTag;
    private final ChangeField changeField;

    public RowColumn(String name, boolean timeseriesTag) {
        this(name, timeseriesTag, null);
    }

    private RowColumn(String name, boolean timeseriesTag, ChangeField changeField) {
        this.name = name;
        this.timeseriesTag = timeseriesTag;
        this.changeField = changeField;
    }

    public static RowColumn of(ChangeField field) {
        return new RowColumn(field.columnName(), false, field);
    }

    public String name() {
        return name;
    }

    public boolean timeseriesTag() {
        return timeseriesTag;
    }

    /** The change field this column takes its value from, or null for a column of the table. */
    public ChangeField changeField() {
        return changeField;
    }

    public boolean isChangeField() {
        return changeField != null;
    }

    @Override
    public String toString() {
        return timeseriesTag ? name + "(tag)" : name;
    }
}
