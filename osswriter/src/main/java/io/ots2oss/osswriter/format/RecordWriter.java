package io.ots2oss.osswriter.format;

import java.io.IOException;

import com.alibaba.datax.common.element.Record;

/** Writes records of one object in one format. */
public interface RecordWriter {
    void writeHeader() throws IOException;

    void write(Record record) throws IOException;

    /** The object's size so far, to decide when to roll. */
    long size();

    /** Writes any trailer and closes the underlying stream, which commits the object. */
    void finish() throws IOException;
}
