package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Decoders shared by the SDK's I/O threads, which decode replies as they arrive: a decoder keeps its name cache
 * from page to page (and the names' cached hash codes with it), and each reply takes one that no other thread holds.
 */
public final class DecoderPool {
    private final boolean timeseriesForm;
    private final ConcurrentLinkedQueue<PlainBufferDecoder> idle = new ConcurrentLinkedQueue<PlainBufferDecoder>();

    /** @param timeseriesForm see {@link PlainBufferDecoder#PlainBufferDecoder(boolean)} */
    public DecoderPool(boolean timeseriesForm) {
        this.timeseriesForm = timeseriesForm;
    }

    public List<StreamChange> decode(OtsInternalApi.GetStreamRecordResponse reply) throws IOException {
        PlainBufferDecoder decoder = idle.poll();
        if (decoder == null) {
            decoder = new PlainBufferDecoder(timeseriesForm);
        }
        try {
            return decoder.decode(reply);
        } finally {
            idle.offer(decoder);
        }
    }
}
