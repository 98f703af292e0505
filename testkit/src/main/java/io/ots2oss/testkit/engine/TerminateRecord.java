package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;

import java.util.Map;

/** The end-of-data marker the framework pushes after {@code startRead} returns; never seen by a writer. */
final class TerminateRecord implements Record {

    static final TerminateRecord INSTANCE = new TerminateRecord();

    private TerminateRecord() {
    }

    @Override
    public void addColumn(Column column) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setColumn(int i, Column column) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Column getColumn(int i) {
        return null;
    }

    @Override
    public int getColumnNumber() {
        return 0;
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
    }

    @Override
    public Map<String, String> getMeta() {
        return null;
    }

    @Override
    public String toString() {
        return "TerminateRecord";
    }
}
