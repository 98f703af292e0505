package io.ots2oss.osswriter.task;

import java.io.IOException;

import java.util.List;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.manifest.CommittedObject;

/** Where a writer task puts its records: a series of rolling objects, or its share of a single object. */
public interface RecordSink {
    void write(Record record) throws IOException;

    /** Commits what was written; after this the task's output is final. */
    void finish() throws IOException;

    /** Discards everything not yet committed; safe to call at any time and more than once. */
    void abort();

    /** The objects this sink committed itself, with their sizes and records (none in single-object mode). */
    List<CommittedObject> committedObjects();

    /** Records written so far. */
    long records();
}
