package io.ots2oss.otsstreamreader.layout;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A minimal record for unit tests; renders as "TYPE:text|TYPE:text". */
final class ListRecord implements Record {
    private final List<Column> columns = new ArrayList<>();
    private Map<String, String> meta;

    @Override public void addColumn(Column column) { columns.add(column); }
    @Override public void setColumn(int i, Column column) { columns.set(i, column); }
    @Override public Column getColumn(int i) { return columns.get(i); }
    @Override public int getColumnNumber() { return columns.size(); }
    @Override public int getByteSize() { return 0; }
    @Override public int getMemorySize() { return 0; }
    @Override public void setMeta(Map<String, String> meta) { this.meta = meta; }
    @Override public Map<String, String> getMeta() { return meta; }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Column c : columns) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            String text = c.getType() == Column.Type.BYTES ? java.util.Base64.getEncoder().encodeToString(c.asBytes()) : c.asString();
            sb.append(c.getType()).append(':').append(text == null ? "<null>" : text);
        }
        return sb.toString();
    }
}
