package io.ots2oss.emulator.oss.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;

/** An object's bytes as a sequence of blobs (one for Put, one per part or per append). */
public final class ObjectContent {
    private final List<Blob> segments;
    private final long size;

    public ObjectContent(List<Blob> segments) {
        this.segments = List.copyOf(segments);
        this.size = this.segments.stream().mapToLong(Blob::size).sum();
    }

    public static ObjectContent of(Blob blob) {
        return new ObjectContent(List.of(blob));
    }

    public long size() {
        return size;
    }

    public List<Blob> segments() {
        return segments;
    }

    /** A new content sharing these blobs plus one more (append). */
    public ObjectContent plus(Blob next) {
        List<Blob> all = new ArrayList<>(segments.size() + 1);
        for (Blob b : segments) {
            all.add(b.retain());
        }
        all.add(next);
        return new ObjectContent(all);
    }

    /** Shares the blobs with another object (copy). */
    public ObjectContent share() {
        for (Blob b : segments) {
            b.retain();
        }
        return new ObjectContent(segments);
    }

    public void release() {
        for (Blob b : segments) {
            b.release();
        }
    }

    /** Opens the blobs one after another as reading reaches them (an object may have 10,000 parts). */
    public InputStream open(long offset, long length) throws IOException {
        List<long[]> slices = new ArrayList<>(); // {segment index, offset in blob, length}
        long position = 0;
        long end = offset + length;
        for (int i = 0; i < segments.size(); i++) {
            Blob blob = segments.get(i);
            long blobStart = position;
            long blobEnd = position + blob.size();
            position = blobEnd;
            if (blobEnd <= offset || blobStart >= end) {
                continue;
            }
            long from = Math.max(offset, blobStart) - blobStart;
            long to = Math.min(end, blobEnd) - blobStart;
            slices.add(new long[]{i, from, to - from});
        }
        Iterator<long[]> remaining = slices.iterator();
        Enumeration<InputStream> streams = new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return remaining.hasNext();
            }

            @Override
            public InputStream nextElement() {
                long[] slice = remaining.next();
                try {
                    return segments.get((int) slice[0]).open(slice[1], slice[2]);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return new SequenceInputStream(streams);
    }
}
