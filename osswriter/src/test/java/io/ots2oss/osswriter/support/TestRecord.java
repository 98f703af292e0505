package io.ots2oss.osswriter.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;

/** A plain in-memory record for unit tests. */
public final class TestRecord implements Record {
    private final List<Column> columns = new ArrayList<>();
    private Map<String, String> meta;

    public static TestRecord of(Column... columns) {
        TestRecord record = new TestRecord();
        record.columns.addAll(Arrays.asList(columns));
        return record;
    }

    @Override
    public void addColumn(Column column) {
        columns.add(column);
    }

    @Override
    public void setColumn(int i, Column column) {
        columns.set(i, column);
    }

    @Override
    public Column getColumn(int i) {
        return columns.get(i);
    }

    @Override
    public int getColumnNumber() {
        return columns.size();
    }

    @Override
    public int getByteSize() {
        return 0;
    }

    @Override
    public int getMemorySize() {
        return 0;
    }

    @Override
    public void setMeta(Map<String, String> meta) {
        this.meta = meta;
    }

    @Override
    public Map<String, String> getMeta() {
        return meta;
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
