package io.ots2oss.osswriter.naming;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;

/**
 * Upstream's names: {@code <object>__<uuid>}, then with {@code partition} {@code _<values>}, then {@code _k} for the
 * k-th roll, then the extension. The partition values are those of the last N columns of the object's first record,
 * last column first, joined without separator: they label the object, they do not route records.
 */
public final class UpstreamNamer implements ObjectNamer {
    private final String base;
    private final String extension;
    private final int partitionColumns;

    public UpstreamNamer(String object, String uuid, String extension, int partitionColumns) {
        this.base = object + "__" + uuid;
        this.extension = extension;
        this.partitionColumns = partitionColumns;
    }

    @Override
    public String nameFor(int roll) {
        return nameFor(roll, null);
    }

    @Override
    public String nameFor(int roll, Record first) {
        StringBuilder name = new StringBuilder(base);
        if (partitionColumns > 0 && first != null) {
            name.append('_').append(partitionValues(first));
        }
        if (roll > 0) {
            name.append('_').append(roll);
        }
        return name.append(extension).toString();
    }

    private String partitionValues(Record record) {
        int width = record.getColumnNumber();
        if (width < partitionColumns) {
            throw new IllegalArgumentException("'partition' names the last " + partitionColumns + " columns, but the record has "
                    + width);
        }
        StringBuilder values = new StringBuilder();
        for (int i = 1; i <= partitionColumns; i++) {
            Column column = record.getColumn(width - i);
            // Upstream concatenates asString(), so a null value reads "null".
            values.append(column == null ? null : column.asString());
        }
        return values.toString();
    }

    @Override
    public String commonPrefix() {
        return base;
    }

    @Override
    public boolean ownsCommonPrefix() {
        return true;
    }
}
