package io.ots2oss.osswriter.upload;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.aliyun.oss.model.PartETag;

import io.ots2oss.common.memory.MemoryBudget;

/**
 * Streams one object: a single PutObject when it fits in one part, otherwise a multipart upload whose parts
 * are sent while the next one fills. The object becomes visible only on a successful {@link #close()}.
 */
public final class ObjectUploadStream extends BufferedPartStream {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectUploadStream.class);

    private final OssGateway gateway;
    private final String key;
    private final PartUploads parts;
    private String uploadId;

    public ObjectUploadStream(OssGateway gateway, String key, int partSize, MemoryBudget budget,
                              ExecutorService executor, int maxInFlight) {
        super(partSize, budget);
        this.gateway = gateway;
        this.key = key;
        this.parts = new PartUploads(gateway, key, executor, maxInFlight);
    }

    public String key() {
        return key;
    }

    @Override
    protected void onFullPart(int index, PartBuffer buffer) throws IOException {
        try {
            if (uploadId == null) {
                uploadId = gateway.initiate(key);
                InFlightUploads.opened(this, gateway, key, uploadId);
            }
            parts.submit(uploadId, index + 1, buffer);
        } catch (RuntimeException e) {
            buffer.release();
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    protected void onFinish(int index, PartBuffer last) throws IOException {
        try {
            if (uploadId == null) {
                putWhole(last);
                return;
            }
            if (last.length() > 0) {
                parts.submit(uploadId, index + 1, last);
            } else {
                last.release();
            }
            List<PartETag> etags = parts.awaitAll();
            gateway.complete(key, uploadId, etags);
            uploadId = null;
            InFlightUploads.closed(this);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void putWhole(PartBuffer only) {
        try {
            gateway.put(key, only);
        } finally {
            only.release();
        }
    }

    @Override
    protected void onAbort() {
        parts.settle();
        if (uploadId != null) {
            String id = uploadId;
            uploadId = null;
            try {
                gateway.abort(key, id);
                InFlightUploads.closed(this);
            } catch (RuntimeException e) {
                LOG.warn("Could not abort the upload of {}; a lifecycle rule for incomplete uploads will remove it: {}", key, e.getMessage());
            }
        }
    }
}
