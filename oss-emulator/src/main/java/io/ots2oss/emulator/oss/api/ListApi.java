package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.http.HttpDates;
import io.ots2oss.emulator.oss.http.OssError;
import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.OssResponse;
import io.ots2oss.emulator.oss.http.Xml;
import io.ots2oss.emulator.oss.store.Bucket;
import io.ots2oss.emulator.oss.store.StoredObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** ListObjects (v1) and ListObjectsV2. */
public final class ListApi {
    private static final int DEFAULT_MAX_KEYS = 100;
    private static final int MAX_KEYS_LIMIT = 1000;

    private final BucketApi buckets;

    public ListApi(BucketApi buckets) {
        this.buckets = buckets;
    }

    public OssResponse listV1(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        String prefix = orEmpty(request.param("prefix"));
        String delimiter = orEmpty(request.param("delimiter"));
        String marker = orEmpty(request.param("marker"));
        int maxKeys = maxKeys(request.param("max-keys"));
        KeyEncoding encoding = KeyEncoding.of(request);
        KeyListing page = KeyListing.page(bucket.objects(), prefix, delimiter, marker, maxKeys);

        Xml xml = Xml.document("ListBucketResult")
                .element("Name", bucket.name())
                .element("Prefix", encoding.apply(prefix))
                .element("Marker", encoding.apply(marker))
                .element("MaxKeys", maxKeys)
                .element("Delimiter", encoding.apply(delimiter))
                .element("IsTruncated", page.truncated());
        if (page.truncated()) {
            xml.element("NextMarker", encoding.apply(page.nextMarker()));
        }
        encoding.declare(xml);
        writePage(xml, page, encoding, true);
        return OssResponse.xml(xml);
    }

    public OssResponse listV2(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        String prefix = orEmpty(request.param("prefix"));
        String delimiter = orEmpty(request.param("delimiter"));
        String token = request.param("continuation-token");
        String startAfter = request.param("start-after");
        int maxKeys = maxKeys(request.param("max-keys"));
        boolean fetchOwner = "true".equals(request.param("fetch-owner"));
        KeyEncoding encoding = KeyEncoding.of(request);
        String marker = token != null && !token.isEmpty() ? decodeToken(token) : orEmpty(startAfter);
        KeyListing page = KeyListing.page(bucket.objects(), prefix, delimiter, marker, maxKeys);

        Xml xml = Xml.document("ListBucketResult")
                .element("Name", bucket.name())
                .element("Prefix", encoding.apply(prefix))
                .optional("StartAfter", startAfter == null ? null : encoding.apply(startAfter))
                .optional("ContinuationToken", token)
                .element("MaxKeys", maxKeys)
                .element("Delimiter", encoding.apply(delimiter))
                .element("IsTruncated", page.truncated());
        if (page.truncated()) {
            xml.element("NextContinuationToken", encodeToken(page.nextMarker()));
        }
        encoding.declare(xml);
        xml.element("KeyCount", page.contents().size() + page.commonPrefixes().size());
        writePage(xml, page, encoding, fetchOwner);
        return OssResponse.xml(xml);
    }

    private static void writePage(Xml xml, KeyListing page, KeyEncoding encoding, boolean withOwner) {
        for (StoredObject object : page.contents()) {
            xml.start("Contents")
                    .element("Key", encoding.apply(object.key()))
                    .element("LastModified", HttpDates.iso8601(object.lastModified()))
                    .element("ETag", ObjectHeaders.quoted(object.etag()))
                    .element("Type", object.type().name())
                    .element("Size", object.size())
                    .element("StorageClass", object.attributes().storageClass());
            if (withOwner) {
                Owner.write(xml);
            }
            xml.end();
        }
        for (String commonPrefix : page.commonPrefixes()) {
            xml.start("CommonPrefixes").element("Prefix", encoding.apply(commonPrefix)).end();
        }
    }

    static int maxKeys(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_MAX_KEYS;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= MAX_KEYS_LIMIT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw OssError.invalidArgument("max-keys must be an integer between 0 and " + MAX_KEYS_LIMIT + ".", "max-keys", value);
    }

    private static String encodeToken(String marker) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(marker.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OssError.invalidArgument("The continuation token provided is incorrect.", "continuation-token", token);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
