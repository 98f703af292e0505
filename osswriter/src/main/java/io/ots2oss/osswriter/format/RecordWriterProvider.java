package io.ots2oss.osswriter.format;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.upload.BytesCounter;

/**
 * One format's record writers, configured once per job from its keys (as the Kafka Connect S3 sink's
 * {@code RecordWriterProvider}): opens the writer of each object and says how the format's objects are named.
 * Immutable and shared by the tasks of a job.
 */
public interface RecordWriterProvider {
    /** The canonical {@code fileFormat} value, such as {@code csv}. */
    String fileFormat();

    /**
     * Opens the writer of one object over its raw upload stream; the provider adds any stream compression itself.
     * {@code partSizeBytes} is the upload part size, which formats that buffer (row groups, stripes) size themselves to.
     */
    <S extends OutputStream & BytesCounter> RecordWriter open(S objectStream, String objectName, int partSizeBytes) throws IOException;

    /** The extension of upstream-compatible names when {@code suffix} is unset, with its dot, or empty (upstream text has none). */
    String nameExtension();

    /** The extension offered to name templates as {@code ${ext}}, with its dot: {@code .csv.gz}, {@code .parquet}. */
    String templateExtension();

    /** Whether the concatenated outputs of several tasks make one valid object, as {@code writeSingleObject} needs. */
    boolean concatenable();

    /** Whether each object starts with a header, that is whether {@link RecordWriter#writeHeader} writes anything. */
    default boolean hasHeader() {
        return false;
    }
}
