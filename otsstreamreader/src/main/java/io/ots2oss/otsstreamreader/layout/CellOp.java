package io.ots2oss.otsstreamreader.layout;

/**
 * What one change did to one listed column, and the letter {@code @column_ops} shows for it. Letters only, so the
 * string needs no quoting or escaping in CSV, text or Parquet whatever the field delimiter.
 */
enum CellOp {
    /** A primary-key column: identifies the row, always filled. */
    KEY('K'),
    /** The change set the cell; the line holds the new value. */
    SET('S'),
    /** The change deleted one version of the cell (UpdateRow DeleteColumn with a timestamp). */
    DELETED_VERSION('V'),
    /** The cell is gone: all versions deleted, absent from a PutRow (which replaces the row), or the row deleted. */
    DELETED('D'),
    /** The change did not touch the cell: keep what was there (an UpdateRow that did not name it). */
    UNTOUCHED('N'),
    /** A change field ({@code @kind}, ...), not a cell of the table. */
    METADATA('M');

    final char letter;

    CellOp(char letter) {
        this.letter = letter;
    }
}
