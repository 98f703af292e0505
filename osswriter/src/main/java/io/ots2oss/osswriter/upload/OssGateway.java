package io.ots2oss.osswriter.upload;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.DeleteObjectsRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListMultipartUploadsRequest;
import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.aliyun.oss.model.MultipartUpload;
import com.aliyun.oss.model.MultipartUploadListing;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.OSSObjectSummary;
import com.aliyun.oss.model.ObjectListing;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PartListing;
import com.aliyun.oss.model.PartSummary;
import com.aliyun.oss.model.UploadPartRequest;

/** The OSS operations the writer needs, each retried when the failure is transient. */
public final class OssGateway implements AutoCloseable {
    public static final int DELETE_BATCH = 1000;
    private static final int LIST_PAGE = 1000;

    private final OSS client;
    private final String bucket;
    private final boolean encrypt;
    private final Retrier retrier;
    private final Map<String, String> userMetadata;
    private final AtomicBoolean closed = new AtomicBoolean();

    public OssGateway(OSS client, String bucket, boolean encrypt, Retrier retrier) {
        this(client, bucket, encrypt, retrier, Collections.<String, String>emptyMap());
    }

    /** @param userMetadata {@code x-oss-meta-*} entries (names without the prefix) every object written here carries */
    public OssGateway(OSS client, String bucket, boolean encrypt, Retrier retrier, Map<String, String> userMetadata) {
        this.client = client;
        this.bucket = bucket;
        this.encrypt = encrypt;
        this.retrier = retrier;
        this.userMetadata = Collections.unmodifiableMap(new LinkedHashMap<String, String>(userMetadata));
    }

    public String bucket() {
        return bucket;
    }

    /** GetBucketAcl once, without retries: {@link AccessCheck} retries and explains its failures. */
    void readBucketAcl() {
        client.getBucketAcl(bucket);
    }

    public boolean bucketExists() {
        return retrier.call("Checking bucket " + bucket, new Callable<Boolean>() {
            @Override
            public Boolean call() {
                return client.doesBucketExist(bucket);
            }
        });
    }

    public String initiate(final String key) {
        return retrier.call("Starting the upload of " + key, new Callable<String>() {
            @Override
            public String call() {
                InitiateMultipartUploadRequest request = new InitiateMultipartUploadRequest(bucket, key, newMetadata());
                return client.initiateMultipartUpload(request).getUploadId();
            }
        });
    }

    public PartETag uploadPart(String key, String uploadId, int partNumber, byte[] data, int length) {
        return uploadPart(key, uploadId, partNumber, () -> new ByteArrayInputStream(data, 0, length), length);
    }

    public PartETag uploadPart(String key, String uploadId, int partNumber, PartBuffer part) {
        return uploadPart(key, uploadId, partNumber, part::newStream, part.length());
    }

    /** Each attempt reads a fresh stream from {@code content}. */
    private PartETag uploadPart(final String key, final String uploadId, final int partNumber,
                                final Supplier<InputStream> content, final int length) {
        return retrier.call("Uploading part " + partNumber + " of " + key, new Callable<PartETag>() {
            @Override
            public PartETag call() {
                UploadPartRequest request = new UploadPartRequest(bucket, key, uploadId, partNumber, content.get(), length);
                return client.uploadPart(request).getPartETag();
            }
        });
    }

    public void complete(final String key, final String uploadId, final List<PartETag> parts) {
        final boolean[] attempted = {false};
        retrier.run("Completing the upload of " + key, new Runnable() {
            @Override
            public void run() {
                try {
                    client.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, key, uploadId, parts));
                } catch (OSSException e) {
                    // A retried Complete whose first attempt succeeded after all finds the upload gone.
                    if (attempted[0] && "NoSuchUpload".equals(e.getErrorCode()) && exists(key)) {
                        return;
                    }
                    attempted[0] = true;
                    throw e;
                } catch (RuntimeException e) {
                    attempted[0] = true;
                    throw e;
                }
            }
        });
    }

    /** Aborts without retrying forever; an abort that fails leaves the upload for the bucket's lifecycle rule. */
    public void abort(final String key, final String uploadId) {
        retrier.run("Aborting the upload of " + key, new Runnable() {
            @Override
            public void run() {
                try {
                    client.abortMultipartUpload(new AbortMultipartUploadRequest(bucket, key, uploadId));
                } catch (OSSException e) {
                    if (!"NoSuchUpload".equals(e.getErrorCode())) {
                        throw e;
                    }
                }
            }
        });
    }

    /** One AbortMultipartUpload attempt, for the shutdown hook. */
    public void abortOnce(String key, String uploadId) {
        try {
            client.abortMultipartUpload(new AbortMultipartUploadRequest(bucket, key, uploadId));
        } catch (OSSException e) {
            if (!"NoSuchUpload".equals(e.getErrorCode())) {
                throw e;
            }
        }
    }

    public void put(String key, byte[] data, int length) {
        put(key, () -> new ByteArrayInputStream(data, 0, length), length);
    }

    public void put(String key, PartBuffer content) {
        put(key, content::newStream, content.length());
    }

    /** Each attempt reads a fresh stream from {@code content}. */
    private void put(final String key, final Supplier<InputStream> content, final int length) {
        retrier.run("Writing " + key, new Runnable() {
            @Override
            public void run() {
                ObjectMetadata metadata = newMetadata();
                metadata.setContentLength(length);
                client.putObject(bucket, key, content.get(), metadata);
            }
        });
    }

    public byte[] get(final String key) {
        return retrier.call("Reading " + key, new Callable<byte[]>() {
            @Override
            public byte[] call() throws Exception {
                OSSObject object = client.getObject(bucket, key);
                try {
                    return Streams.readAll(object.getObjectContent());
                } finally {
                    object.close();
                }
            }
        });
    }

    public boolean exists(final String key) {
        return retrier.call("Checking " + key, new Callable<Boolean>() {
            @Override
            public Boolean call() {
                return client.doesObjectExist(bucket, key);
            }
        });
    }

    public long sizeOf(final String key) {
        return retrier.call("Reading the size of " + key, new Callable<Long>() {
            @Override
            public Long call() {
                return client.getObjectMetadata(bucket, key).getContentLength();
            }
        });
    }

    /** The value of the user metadata {@code name} of an object, or null when the object or the entry is absent. */
    public String userMetadataOf(final String key, final String name) {
        return retrier.call("Reading the metadata of " + key, new Callable<String>() {
            @Override
            public String call() {
                try {
                    return client.getObjectMetadata(bucket, key).getUserMetadata().get(name);
                } catch (OSSException e) {
                    if ("NoSuchKey".equals(e.getErrorCode())) {
                        return null;
                    }
                    throw e;
                }
            }
        });
    }

    /** Whether any key starts with {@code prefix}. */
    public boolean anyKeyStartsWith(String prefix) {
        return !listPage(prefix, null, 1).getObjectSummaries().isEmpty();
    }

    /** Every key starting with {@code prefix}, across all pages. */
    public List<String> keysStartingWith(String prefix) {
        List<String> keys = new ArrayList<String>();
        String marker = null;
        while (true) {
            ObjectListing page = listPage(prefix, marker, LIST_PAGE);
            for (OSSObjectSummary summary : page.getObjectSummaries()) {
                keys.add(summary.getKey());
            }
            if (!page.isTruncated() || page.getObjectSummaries().isEmpty()) {
                return keys;
            }
            marker = page.getNextMarker() != null ? page.getNextMarker() : keys.get(keys.size() - 1);
        }
    }

    /** Deletes every key starting with {@code prefix}, one page at a time, 1,000 keys per request; returns the count. */
    public long deleteByPrefix(String prefix) {
        long deleted = 0;
        String marker = null;
        while (true) {
            ObjectListing page = listPage(prefix, marker, LIST_PAGE);
            List<String> keys = new ArrayList<String>();
            for (OSSObjectSummary summary : page.getObjectSummaries()) {
                keys.add(summary.getKey());
            }
            deleteKeys(keys);
            deleted += keys.size();
            if (!page.isTruncated()) {
                return deleted;
            }
            marker = page.getNextMarker() != null ? page.getNextMarker() : keys.get(keys.size() - 1);
        }
    }

    public void deleteKeys(List<String> keys) {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            final List<String> batch = new ArrayList<String>(keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)));
            retrier.run("Deleting " + batch.size() + " objects", new Runnable() {
                @Override
                public void run() {
                    client.deleteObjects(new DeleteObjectsRequest(bucket).withKeys(batch).withQuiet(true));
                }
            });
        }
    }

    /**
     * Aborts every multipart upload in progress on a key starting with {@code prefix} that {@code keys} accepts,
     * listing {@code pageSize} uploads per request; returns how many were aborted.
     */
    public long abortUploadsUnder(String prefix, KeyFilter keys, int pageSize) {
        long aborted = 0;
        String keyMarker = null;
        String uploadIdMarker = null;
        while (true) {
            MultipartUploadListing page = listUploadsPage(prefix, keyMarker, uploadIdMarker, pageSize);
            for (MultipartUpload upload : page.getMultipartUploads()) {
                if (keys.accept(upload.getKey())) {
                    abort(upload.getKey(), upload.getUploadId());
                    aborted++;
                }
            }
            if (!page.isTruncated() || page.getMultipartUploads().isEmpty()) {
                return aborted;
            }
            keyMarker = page.getNextKeyMarker();
            uploadIdMarker = page.getNextUploadIdMarker();
        }
    }

    public long abortUploadsUnder(String prefix, KeyFilter keys) {
        return abortUploadsUnder(prefix, keys, LIST_PAGE);
    }

    /** Which keys an operation over a prefix applies to. */
    public interface KeyFilter {
        KeyFilter ALL = new KeyFilter() {
            @Override
            public boolean accept(String key) {
                return true;
            }
        };

        boolean accept(String key);
    }

    private MultipartUploadListing listUploadsPage(final String prefix, final String keyMarker, final String uploadIdMarker,
            final int pageSize) {
        return retrier.call("Listing the uploads in progress under " + prefix, new Callable<MultipartUploadListing>() {
            @Override
            public MultipartUploadListing call() {
                ListMultipartUploadsRequest request = new ListMultipartUploadsRequest(bucket);
                request.setPrefix(prefix);
                request.setMaxUploads(pageSize);
                request.setKeyMarker(keyMarker);
                request.setUploadIdMarker(uploadIdMarker);
                return client.listMultipartUploads(request);
            }
        });
    }

    /** Every part of an upload, across all pages. */
    public List<PartSummary> listParts(final String key, final String uploadId) {
        List<PartSummary> parts = new ArrayList<PartSummary>();
        Integer marker = null;
        while (true) {
            final Integer pageMarker = marker;
            PartListing page = retrier.call("Listing the parts of " + key, new Callable<PartListing>() {
                @Override
                public PartListing call() {
                    ListPartsRequest request = new ListPartsRequest(bucket, key, uploadId);
                    request.setMaxParts(1000);
                    if (pageMarker != null) {
                        request.setPartNumberMarker(pageMarker);
                    }
                    return client.listParts(request);
                }
            });
            parts.addAll(page.getParts());
            if (!page.isTruncated() || page.getParts().isEmpty()) {
                return parts;
            }
            marker = page.getNextPartNumberMarker();
        }
    }

    private ObjectListing listPage(final String prefix, final String marker, final int maxKeys) {
        return retrier.call("Listing keys under " + prefix, new Callable<ObjectListing>() {
            @Override
            public ObjectListing call() {
                ListObjectsRequest request = new ListObjectsRequest(bucket).withPrefix(prefix).withMaxKeys(maxKeys);
                if (marker != null) {
                    request.setMarker(marker);
                }
                return client.listObjects(request);
            }
        });
    }

    private ObjectMetadata newMetadata() {
        ObjectMetadata metadata = new ObjectMetadata();
        if (encrypt) {
            metadata.setServerSideEncryption(ObjectMetadata.AES_256_SERVER_SIDE_ENCRYPTION);
        }
        for (Map.Entry<String, String> entry : userMetadata.entrySet()) {
            metadata.addUserMetadata(entry.getKey(), entry.getValue());
        }
        return metadata;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            OssClients.release(client);
        }
    }
}
