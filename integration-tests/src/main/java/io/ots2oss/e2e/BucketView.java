package io.ots2oss.e2e;

import com.aliyun.oss.OSS;
import com.aliyun.oss.model.ListMultipartUploadsRequest;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.MultipartUpload;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.OSSObjectSummary;
import com.aliyun.oss.model.ObjectListing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads what the writer left in a bucket, through the OSS SDK, the way a downstream consumer would. */
public final class BucketView {
    private final OSS oss;
    private final String bucket;

    public BucketView(OSS oss, String bucket) {
        this.oss = oss;
        this.bucket = bucket;
    }

    public List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        String marker = null;
        ObjectListing listing;
        do {
            listing = oss.listObjects(new ListObjectsRequest(bucket).withPrefix(prefix).withMarker(marker).withMaxKeys(1000));
            for (OSSObjectSummary summary : listing.getObjectSummaries()) {
                keys.add(summary.getKey());
            }
            marker = listing.getNextMarker();
        } while (listing.isTruncated());
        return keys;
    }

    public List<StoredObject> objects(String prefix) {
        return objects(prefix, StandardCharsets.UTF_8);
    }

    public List<StoredObject> objects(String prefix, Charset charset) {
        return keys(prefix).stream().map(key -> read(key, charset)).toList();
    }

    /** Every line of every object under the prefix, in key order. */
    public List<String> lines(String prefix) {
        return objects(prefix).stream().flatMap(object -> object.lines().stream()).toList();
    }

    public StoredObject read(String key, Charset charset) {
        try (OSSObject object = oss.getObject(bucket, key); InputStream raw = object.getObjectContent()) {
            byte[] bytes = decode(key, raw);
            return new StoredObject(key, object.getObjectMetadata().getContentLength(), StoredObject.splitLines(new String(bytes, charset)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading oss://" + bucket + "/" + key, e);
        }
    }

    /** The object's bytes, decompressed when the name says so: for formats that are not lines (Parquet, quoted CSV). */
    public byte[] bytes(String key) {
        try (OSSObject object = oss.getObject(bucket, key); InputStream raw = object.getObjectContent()) {
            return decode(key, raw);
        } catch (IOException e) {
            throw new UncheckedIOException("reading oss://" + bucket + "/" + key, e);
        }
    }

    /** Multipart uploads under the prefix that were initiated and neither completed nor aborted. */
    public List<String> openUploads(String prefix) {
        List<String> open = new ArrayList<>();
        ListMultipartUploadsRequest request = new ListMultipartUploadsRequest(bucket);
        request.setPrefix(prefix);
        for (MultipartUpload upload : oss.listMultipartUploads(request).getMultipartUploads()) {
            open.add(upload.getKey() + " (" + upload.getUploadId() + ")");
        }
        return open;
    }

    private static byte[] decode(String key, InputStream raw) throws IOException {
        if (key.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(raw)) {
                return in.readAllBytes();
            }
        }
        return raw.readAllBytes();
    }
}
