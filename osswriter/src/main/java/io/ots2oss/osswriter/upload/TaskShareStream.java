package io.ots2oss.osswriter.upload;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

import io.ots2oss.common.memory.MemoryBudget;

/**
 * A stream whose first and last pieces are stored separately (see the single-object layout) and whose
 * full middle parts are uploaded in the background into an upload someone else completes.
 */
public abstract class TaskShareStream extends BufferedPartStream {
    private final PartUploads parts;

    protected TaskShareStream(OssGateway gateway, String key, int partSize, MemoryBudget budget, ExecutorService executor, int maxInFlight) {
        super(partSize, budget);
        this.parts = new PartUploads(gateway, key, executor, maxInFlight);
    }

    protected abstract String uploadId();

    /** The part number of the full buffer {@code index} (index 0 is the first piece and never a part). */
    protected abstract int partNumberOf(int index) throws IOException;

    protected abstract void putPiece(boolean first, PartBuffer piece);

    protected abstract void discardPieces();

    @Override
    protected final void onFullPart(int index, PartBuffer buffer) throws IOException {
        try {
            if (index == 0) {
                putPiece(true, buffer);
                buffer.release();
            } else {
                parts.submit(uploadId(), partNumberOf(index), buffer);
            }
        } catch (RuntimeException e) {
            buffer.release();
            throw new IOException(e.getMessage(), e);
        } catch (IOException e) {
            buffer.release();
            throw e;
        }
    }

    @Override
    protected final void onFinish(int index, PartBuffer last) throws IOException {
        try {
            if (last.length() > 0) {
                putPiece(index == 0, last);
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            last.release();
        }
        parts.awaitAll();
    }

    @Override
    protected final void onAbort() {
        parts.settle();
        discardPieces();
    }
}
