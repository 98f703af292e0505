package io.ots2oss.osswriter.single;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PartSummary;

import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.upload.BytesCounter;
import io.ots2oss.osswriter.upload.OssGateway;

/**
 * Completes a single-object upload in the job's {@code post}: in task order, joins each task's first piece with
 * whatever small pieces precede it into one part, keeps the tasks' full parts, puts the header in front, and
 * completes. No data at all means no object: the upload is aborted.
 */
public final class SingleObjectCommitter {
    private static final Logger LOG = LoggerFactory.getLogger(SingleObjectCommitter.class);

    private final OssGateway gateway;
    private final SingleObjectLayout layout;
    private final RecordWriterProvider writers;
    private final int partSize;

    public SingleObjectCommitter(OssGateway gateway, SingleObjectLayout layout, WriterConfig config) {
        this.gateway = gateway;
        this.layout = layout;
        this.writers = config.writers();
        this.partSize = config.blockSizeBytes();
    }

    /** Returns whether an object was written. */
    public boolean commit() throws IOException {
        Map<Integer, PartSummary> uploaded = uploadedParts();
        List<PartETag> etags = new ArrayList<PartETag>();
        ByteArrayOutputStream carry = new ByteArrayOutputStream();
        boolean anyData = false;
        for (int task = 0; task < layout.tasks(); task++) {
            byte[] first = piece(layout.firstPiece(task));
            List<PartETag> middle = middleParts(uploaded, task);
            byte[] last = piece(layout.lastPiece(task));
            if (first == null && middle.isEmpty() && last == null) {
                continue;
            }
            if (!anyData) {
                carry.write(header());
                anyData = true;
            }
            write(carry, first);
            if (!middle.isEmpty()) {
                etags.add(upload(layout.base(task), carry));
                etags.addAll(middle);
            }
            write(carry, last);
            if (middle.isEmpty() && carry.size() >= partSize) {
                etags.add(upload(layout.base(task), carry));
            }
        }
        if (!anyData) {
            LOG.info("No task wrote data: aborting the upload, no object {} is created", layout.object());
            abort();
            return false;
        }
        if (carry.size() > 0 || etags.isEmpty()) {
            etags.add(upload(SingleObjectLayout.LAST_PART, carry));
        }
        gateway.complete(layout.object(), layout.uploadId(), etags);
        removePieces();
        LOG.info("Wrote oss://{}/{} from {} parts", gateway.bucket(), layout.object(), etags.size());
        return true;
    }

    /** Aborts the upload and removes every temporary piece (used by {@code destroy} after a failure, too). */
    public void abort() {
        try {
            gateway.abort(layout.object(), layout.uploadId());
        } finally {
            removePieces();
        }
    }

    private void removePieces() {
        gateway.deleteByPrefix(layout.piecePrefix());
    }

    private Map<Integer, PartSummary> uploadedParts() {
        Map<Integer, PartSummary> parts = new TreeMap<Integer, PartSummary>();
        for (PartSummary part : gateway.listParts(layout.object(), layout.uploadId())) {
            parts.put(part.getPartNumber(), part);
        }
        return parts;
    }

    private List<PartETag> middleParts(Map<Integer, PartSummary> uploaded, int task) {
        List<PartETag> middle = new ArrayList<PartETag>();
        for (int number = layout.base(task) + 1; number <= layout.lastTaskPart(task); number++) {
            PartSummary part = uploaded.get(number);
            if (part == null) {
                break;
            }
            middle.add(new PartETag(number, unquote(part.getETag()), part.getSize(), null));
        }
        return middle;
    }

    private byte[] piece(String key) {
        try {
            return gateway.get(key);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof OSSException && "NoSuchKey".equals(((OSSException) e.getCause()).getErrorCode())) {
                return null;
            }
            throw e;
        }
    }

    private PartETag upload(int partNumber, ByteArrayOutputStream carry) {
        byte[] bytes = carry.toByteArray();
        carry.reset();
        return gateway.uploadPart(layout.object(), layout.uploadId(), partNumber, bytes, bytes.length);
    }

    private byte[] header() throws IOException {
        if (!writers.hasHeader()) {
            return new byte[0];
        }
        MemoryStream memory = new MemoryStream();
        RecordWriter writer = writers.open(memory, layout.object(), partSize);
        writer.writeHeader();
        writer.finish();
        return memory.toByteArray();
    }

    private static void write(ByteArrayOutputStream carry, byte[] bytes) {
        if (bytes != null) {
            carry.write(bytes, 0, bytes.length);
        }
    }

    private static String unquote(String etag) {
        return etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }

    private static final class MemoryStream extends ByteArrayOutputStream implements BytesCounter {
        @Override
        public long bytesWritten() {
            return size();
        }
    }
}
