package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.http.HttpDates;
import io.ots2oss.emulator.oss.http.OssError;
import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.OssResponse;
import io.ots2oss.emulator.oss.http.Xml;
import io.ots2oss.emulator.oss.store.Bucket;
import io.ots2oss.emulator.oss.store.ObjectStore;

import java.util.Set;
import java.util.regex.Pattern;

/** Service and bucket calls: ListBuckets, Put/DeleteBucket, GetBucketAcl/Info/Location. */
public final class BucketApi {
    private static final Pattern BUCKET_NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$");
    private static final Set<String> ACLS = Set.of("private", "public-read", "public-read-write");

    private final ObjectStore store;
    private final String region;

    public BucketApi(ObjectStore store, String region) {
        this.store = store;
        this.region = region;
    }

    public Bucket require(String name) {
        return store.bucket(name).orElseThrow(() -> OssError.noSuchBucket(name));
    }

    public OssResponse listBuckets(OssRequest request) {
        String prefix = request.param("prefix");
        Xml xml = Xml.document("ListAllMyBucketsResult");
        Owner.write(xml);
        xml.start("Buckets");
        for (Bucket bucket : store.bucketsByName()) {
            if (prefix != null && !bucket.name().startsWith(prefix)) {
                continue;
            }
            xml.start("Bucket")
                    .element("CreationDate", HttpDates.iso8601(bucket.created()))
                    .element("ExtranetEndpoint", "localhost")
                    .element("IntranetEndpoint", "localhost")
                    .element("Location", region)
                    .element("Name", bucket.name())
                    .element("Region", region.replaceFirst("^oss-", ""))
                    .element("StorageClass", "Standard")
                    .end();
        }
        return OssResponse.xml(xml.end());
    }

    public OssResponse createBucket(OssRequest request) {
        String name = request.bucket();
        if (!BUCKET_NAME.matcher(name).matches()) {
            throw new OssError(400, "InvalidBucketName", "The specified bucket is not valid.").field("BucketName", name);
        }
        String acl = request.header("x-oss-acl");
        if (acl != null && !ACLS.contains(acl)) {
            throw OssError.invalidArgument("no such bucket access control exists", "x-oss-acl", acl);
        }
        request.drainBody(); // optional CreateBucketConfiguration: storage class is always Standard here
        store.createBucket(name, acl == null ? "private" : acl);
        return OssResponse.ok().header("Location", "/" + name);
    }

    public OssResponse deleteBucket(OssRequest request) {
        Bucket bucket = require(request.bucket());
        if (!bucket.isEmpty()) {
            throw new OssError(409, "BucketNotEmpty", "The bucket you tried to delete is not empty.")
                    .field("BucketName", bucket.name());
        }
        store.removeBucket(bucket);
        return OssResponse.noContent();
    }

    public OssResponse getAcl(OssRequest request) {
        Bucket bucket = require(request.bucket());
        Xml xml = Xml.document("AccessControlPolicy");
        Owner.write(xml);
        xml.start("AccessControlList").element("Grant", bucket.acl()).end();
        return OssResponse.xml(xml);
    }

    public OssResponse putAcl(OssRequest request) {
        Bucket bucket = require(request.bucket());
        String acl = request.header("x-oss-acl");
        if (acl == null || !ACLS.contains(acl)) {
            throw OssError.invalidArgument("no such bucket access control exists", "x-oss-acl", acl);
        }
        bucket.acl(acl);
        return OssResponse.ok();
    }

    public OssResponse getInfo(OssRequest request) {
        Bucket bucket = require(request.bucket());
        Xml xml = Xml.document("BucketInfo").start("Bucket")
                .element("AccessMonitor", "Disabled")
                .element("CreationDate", HttpDates.iso8601(bucket.created()))
                .element("ExtranetEndpoint", "localhost")
                .element("IntranetEndpoint", "localhost")
                .element("Location", region)
                .element("StorageClass", "Standard")
                .element("TransferAcceleration", "Disabled")
                .element("CrossRegionReplication", "Disabled")
                .element("Name", bucket.name());
        Owner.write(xml);
        xml.start("AccessControlList").element("Grant", bucket.acl()).end();
        xml.start("ServerSideEncryptionRule").element("SSEAlgorithm", "None").end();
        xml.start("BucketPolicy").element("LogBucket", "").element("LogPrefix", "").end();
        return OssResponse.xml(xml.end());
    }

    public OssResponse getLocation(OssRequest request) {
        require(request.bucket());
        return OssResponse.xml(Xml.document("LocationConstraint").text(region));
    }
}
