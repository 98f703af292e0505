package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;
import com.alibaba.fastjson2.JSON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record {@code RecordSender.createRecord()} hands out, sized like DataX core's DefaultRecord: the byte size is the
 * sum of the columns' byte sizes; the memory size adds DataX's fixed per-record and per-column overheads (what the
 * channel's byte capacity counts).
 */
public final class DefaultRecord implements Record {

    /** DataX's ClassSize.DefaultRecordHead on a 64-bit JVM. */
    static final int RECORD_HEAD_BYTES = 80;
    /** DataX's ClassSize.ColumnHead on a 64-bit JVM. */
    static final int COLUMN_HEAD_BYTES = 24;

    private final List<Column> columns = new ArrayList<>(16);
    private int byteSize;
    private int memorySize = RECORD_HEAD_BYTES;
    private Map<String, String> meta;

    @Override
    public void addColumn(Column column) {
        columns.add(column);
        grow(column);
    }

    @Override
    public void setColumn(int i, Column column) {
        if (i < 0) {
            throw new IllegalArgumentException("column index must be >= 0, got " + i);
        }
        while (columns.size() <= i) {
            columns.add(null);
        }
        shrink(columns.get(i));
        columns.set(i, column);
        grow(column);
    }

    @Override
    public Column getColumn(int i) {
        return i < 0 || i >= columns.size() ? null : columns.get(i);
    }

    @Override
    public int getColumnNumber() {
        return columns.size();
    }

    @Override
    public int getByteSize() {
        return byteSize;
    }

    @Override
    public int getMemorySize() {
        return memorySize;
    }

    @Override
    public void setMeta(Map<String, String> meta) {
        if (this.meta == null) {
            this.meta = new HashMap<>();
        }
        this.meta.putAll(meta);
    }

    @Override
    public Map<String, String> getMeta() {
        return meta;
    }

    @Override
    public String toString() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("size", getColumnNumber());
        view.put("data", columns);
        return JSON.toJSONString(view);
    }

    private void grow(Column column) {
        if (column != null) {
            byteSize += column.getByteSize();
            memorySize += COLUMN_HEAD_BYTES + column.getByteSize();
        }
    }

    private void shrink(Column column) {
        if (column != null) {
            byteSize -= column.getByteSize();
            memorySize -= COLUMN_HEAD_BYTES + column.getByteSize();
        }
    }
}
