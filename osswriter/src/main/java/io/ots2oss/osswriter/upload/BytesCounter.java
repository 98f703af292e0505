package io.ots2oss.osswriter.upload;

/** Something that knows how many bytes reached the object so far. */
public interface BytesCounter {
    long bytesWritten();
}
