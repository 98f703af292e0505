package io.ots2oss.testkit;

/**
 * One column as {@code collectwriter} saw it: the {@code Column.Type} name and {@code asString()} (BYTES as Base64,
 * null when the column's raw data is null). For DATE columns {@code epochMillis} holds {@code asLong()}.
 */
public record Cell(String type, String text, Long epochMillis) {

    public Cell(String type, String text) {
        this(type, text, null);
    }

    public boolean isNull() {
        return text == null;
    }

    @Override
    public String toString() {
        return type + ":" + (text == null ? "<null>" : text);
    }
}
