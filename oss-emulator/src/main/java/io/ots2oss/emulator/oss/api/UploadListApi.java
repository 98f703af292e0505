package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.http.HttpDates;
import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.OssResponse;
import io.ots2oss.emulator.oss.http.Xml;
import io.ots2oss.emulator.oss.store.Bucket;
import io.ots2oss.emulator.oss.store.KeyOrder;
import io.ots2oss.emulator.oss.store.MultipartUpload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** ListMultipartUploads: uploads in progress by key then initiation time, with markers and common prefixes. */
public final class UploadListApi {
    private final BucketApi buckets;

    public UploadListApi(BucketApi buckets) {
        this.buckets = buckets;
    }

    public OssResponse list(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        String prefix = Params.orEmpty(request.param("prefix"));
        String delimiter = Params.orEmpty(request.param("delimiter"));
        String keyMarker = Params.orEmpty(request.param("key-marker"));
        String uploadIdMarker = Params.orEmpty(request.param("upload-id-marker"));
        int maxUploads = Params.boundedInt(request.param("max-uploads"), 1000, 1000, "max-uploads");

        List<MultipartUpload> all = bucket.uploads().values().stream()
                .filter(u -> u.key().startsWith(prefix))
                .sorted(Comparator.comparing(MultipartUpload::key, KeyOrder.UTF8)
                        .thenComparing(MultipartUpload::initiated)
                        .thenComparing(MultipartUpload::uploadId))
                .toList();
        List<MultipartUpload> uploads = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        boolean truncated = false;
        boolean passedUploadIdMarker = uploadIdMarker.isEmpty();
        for (MultipartUpload upload : all) {
            int vsMarker = keyMarker.isEmpty() ? 1 : KeyOrder.compare(upload.key(), keyMarker);
            if (vsMarker < 0 || (vsMarker == 0 && uploadIdMarker.isEmpty())) {
                continue;
            }
            if (vsMarker == 0 && !passedUploadIdMarker) {
                passedUploadIdMarker = upload.uploadId().equals(uploadIdMarker);
                continue;
            }
            String rolledUp = rollUp(upload.key(), prefix, delimiter);
            if (rolledUp != null && (prefixes.contains(rolledUp) || (!keyMarker.isEmpty() && KeyOrder.compare(rolledUp, keyMarker) <= 0))) {
                continue;
            }
            if (uploads.size() + prefixes.size() >= maxUploads) {
                truncated = true;
                break;
            }
            if (rolledUp != null) {
                prefixes.add(rolledUp);
            } else {
                uploads.add(upload);
            }
        }
        MultipartUpload last = uploads.isEmpty() ? null : uploads.get(uploads.size() - 1);
        KeyEncoding encoding = KeyEncoding.of(request);
        Xml xml = Xml.document("ListMultipartUploadsResult")
                .element("Bucket", bucket.name())
                .element("KeyMarker", encoding.apply(keyMarker))
                .element("UploadIdMarker", uploadIdMarker)
                .element("NextKeyMarker", last == null ? "" : encoding.apply(last.key()))
                .element("NextUploadIdMarker", last == null ? "" : last.uploadId())
                .element("Delimiter", encoding.apply(delimiter))
                .element("Prefix", encoding.apply(prefix))
                .element("MaxUploads", maxUploads)
                .element("IsTruncated", truncated);
        encoding.declare(xml);
        for (MultipartUpload upload : uploads) {
            xml.start("Upload")
                    .element("Key", encoding.apply(upload.key()))
                    .element("UploadId", upload.uploadId())
                    .element("StorageClass", upload.attributes().storageClass())
                    .element("Initiated", HttpDates.iso8601(upload.initiated()))
                    .end();
        }
        for (String commonPrefix : prefixes) {
            xml.start("CommonPrefixes").element("Prefix", encoding.apply(commonPrefix)).end();
        }
        return OssResponse.xml(xml);
    }

    private static String rollUp(String key, String prefix, String delimiter) {
        if (delimiter.isEmpty()) {
            return null;
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? null : key.substring(0, at + delimiter.length());
    }

}
