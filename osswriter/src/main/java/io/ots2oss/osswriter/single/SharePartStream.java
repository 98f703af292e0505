package io.ots2oss.osswriter.single;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.osswriter.upload.OssGateway;
import io.ots2oss.osswriter.upload.PartBuffer;
import io.ots2oss.osswriter.upload.TaskShareStream;

/** One task's share of a single object: first and last pieces as temporary objects, full parts in between. */
public final class SharePartStream extends TaskShareStream {
    private final OssGateway gateway;
    private final SingleObjectLayout layout;
    private final int task;
    private final List<String> pieces = new ArrayList<String>();

    public SharePartStream(OssGateway gateway, SingleObjectLayout layout, int task, int partSize, MemoryBudget budget,
                           ExecutorService executor, int maxInFlight) {
        super(gateway, layout.object(), partSize, budget, executor, maxInFlight);
        this.gateway = gateway;
        this.layout = layout;
        this.task = task;
    }

    @Override
    protected String uploadId() {
        return layout.uploadId();
    }

    @Override
    protected int partNumberOf(int index) throws IOException {
        int number = layout.base(task) + index;
        if (number > layout.lastTaskPart(task)) {
            throw new IOException("Task " + task + " needs more than " + (layout.lastTaskPart(task) - layout.base(task))
                    + " parts of the single object; raise blockSizeInMB or lower the channel count");
        }
        return number;
    }

    @Override
    protected void putPiece(boolean first, PartBuffer piece) {
        String key = first ? layout.firstPiece(task) : layout.lastPiece(task);
        pieces.add(key);
        gateway.put(key, piece);
    }

    @Override
    protected void discardPieces() {
        try {
            gateway.deleteKeys(pieces);
        } catch (RuntimeException e) {
            // The job's destroy removes every piece of the upload by prefix.
        }
    }
}
