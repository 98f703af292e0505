package io.ots2oss.osswriter.upload;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;

import io.ots2oss.common.memory.MemoryBudget;

/** Collects written bytes into part-sized buffers reserved from the memory budget; subclasses decide where full parts go. */
public abstract class BufferedPartStream extends OutputStream implements BytesCounter {
    private final int partSize;
    private final MemoryBudget budget;
    private PartBuffer current;
    private int fullParts;
    private long bytesWritten;
    private boolean finished;
    private boolean failed;

    BufferedPartStream(int partSize, MemoryBudget budget) {
        this.partSize = partSize;
        this.budget = budget;
    }

    /** Called with each full buffer, in order; {@code index} counts from 0. The callee owns the buffer. */
    protected abstract void onFullPart(int index, PartBuffer buffer) throws IOException;

    /** Called once on close with the last, possibly empty buffer; the callee owns it. */
    protected abstract void onFinish(int index, PartBuffer last) throws IOException;

    /** Called once on abort, after which nothing more is written. */
    protected abstract void onAbort();

    @Override
    public final void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public final void write(byte[] bytes, int offset, int length) throws IOException {
        if (finished) {
            throw new IOException("Stream already closed or aborted");
        }
        while (length > 0) {
            PartBuffer buffer = buffer();
            int taken = buffer.append(bytes, offset, length);
            offset += taken;
            length -= taken;
            bytesWritten += taken;
            if (buffer.isFull()) {
                current = null;
                try {
                    onFullPart(fullParts++, buffer);
                } catch (IOException | RuntimeException e) {
                    failed = true;
                    throw e;
                }
            }
        }
    }

    /** Bytes written so far (after compression, i.e. the object's size so far). */
    @Override
    public final long bytesWritten() {
        return bytesWritten;
    }

    @Override
    public final void close() throws IOException {
        if (finished) {
            return;
        }
        if (failed) {
            throw new IOException("Not committing after an earlier upload failure; abort() discards the object");
        }
        finished = true;
        PartBuffer last = buffer();
        current = null;
        onFinish(fullParts, last);
    }

    /** Discards everything; the object never becomes visible. Safe to call at any time, also after a failed close. */
    public final void abort() {
        finished = true;
        if (current != null) {
            current.release();
            current = null;
        }
        onAbort();
    }

    private PartBuffer buffer() throws IOException {
        if (current == null) {
            try {
                current = new PartBuffer(partSize, budget.reserve(partSize));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for memory for the next part");
            }
        }
        return current;
    }
}
