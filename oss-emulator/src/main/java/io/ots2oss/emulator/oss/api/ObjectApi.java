package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.checksum.ContentDigest;
import io.ots2oss.emulator.oss.checksum.Crc64;
import io.ots2oss.emulator.oss.http.HttpDates;
import io.ots2oss.emulator.oss.http.OssError;
import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.OssResponse;
import io.ots2oss.emulator.oss.http.UrlCodec;
import io.ots2oss.emulator.oss.http.Xml;
import io.ots2oss.emulator.oss.http.XmlBody;
import io.ots2oss.emulator.oss.store.Bucket;
import io.ots2oss.emulator.oss.store.ObjectAttributes;
import io.ots2oss.emulator.oss.store.ObjectContent;
import io.ots2oss.emulator.oss.store.ObjectStore;
import io.ots2oss.emulator.oss.store.ObjectType;
import io.ots2oss.emulator.oss.store.StoredObject;
import org.w3c.dom.Element;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Single-object calls: Put, Get (ranges), Head, GetObjectMeta, Delete, Copy, Append, DeleteMultiple. */
public final class ObjectApi {
    private static final int MAX_DELETE_KEYS = 1000;

    private final ObjectStore store;
    private final BucketApi buckets;

    public ObjectApi(ObjectStore store, BucketApi buckets) {
        this.store = store;
        this.buckets = buckets;
    }

    public OssResponse put(OssRequest request) throws IOException {
        Bucket bucket = buckets.require(request.bucket());
        ObjectHeaders.validateEncryption(request);
        checkForbidOverwrite(request, bucket);
        ObjectAttributes attributes = ObjectAttributes.fromRequestHeaders(request.headers());
        ReceivedBody body = ReceivedBody.receive(request, store.storage(), null);
        StoredObject object = new StoredObject(request.key(), ObjectType.Normal, ObjectContent.of(body.blob()),
                body.etag(), body.crc64(), attributes, Instant.now(), null);
        bucket.put(object);
        OssResponse response = OssResponse.ok()
                .header("ETag", ObjectHeaders.quoted(object.etag()))
                .header("Content-MD5", ContentDigest.base64(body.md5()))
                .header("x-oss-hash-crc64ecma", Crc64.toUnsignedString(object.crc64()));
        ObjectHeaders.echoEncryption(response, attributes);
        return response;
    }

    public OssResponse get(OssRequest request) {
        StoredObject object = requireObject(request);
        if (!store.storage().keepsContent()) {
            throw new OssError(501, "NotImplemented", "Discard storage keeps no object content to read.");
        }
        OssResponse response = OssResponse.ok();
        ObjectHeaders.describe(response, object, request);
        ByteRange range = ByteRange.resolve(request.header("range"), object.size(),
                "standard".equalsIgnoreCase(request.header("x-oss-range-behavior")));
        if (range == null) {
            return response.content(object.content().share(), 0, object.size());
        }
        return response.status(206)
                .header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + object.size())
                .content(object.content().share(), range.first(), range.length());
    }

    /** HEAD: the same headers as GET; the handler sends no body but keeps Content-Length. */
    public OssResponse head(OssRequest request) {
        StoredObject object = requireObject(request);
        OssResponse response = OssResponse.ok();
        ObjectHeaders.describe(response, object, request);
        return response.content(object.content().share(), 0, object.size());
    }

    /** HEAD ?objectMeta (doesObjectExist): only size, ETag and dates matter. */
    public OssResponse getMeta(OssRequest request) {
        StoredObject object = requireObject(request);
        return OssResponse.ok()
                .header("ETag", ObjectHeaders.quoted(object.etag()))
                .header("Last-Modified", HttpDates.rfc822(object.lastModified()))
                .header("x-oss-last-access-time", HttpDates.rfc822(object.lastModified()))
                .header("x-oss-hash-crc64ecma", Crc64.toUnsignedString(object.crc64()))
                .content(object.content().share(), 0, object.size());
    }

    public OssResponse delete(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        bucket.remove(request.key());
        return OssResponse.noContent();
    }

    public OssResponse copy(OssRequest request) {
        Bucket target = buckets.require(request.bucket());
        String source = request.header("x-oss-copy-source");
        String decoded = UrlCodec.decode(source.startsWith("/") ? source.substring(1) : source);
        int slash = decoded.indexOf('/');
        if (slash <= 0 || slash == decoded.length() - 1) {
            throw OssError.invalidArgument("Copy Source must mention the source bucket and key: /sourcebucket/sourcekey.",
                    "x-oss-copy-source", source);
        }
        Bucket sourceBucket = buckets.require(decoded.substring(0, slash));
        String sourceKey = decoded.substring(slash + 1);
        StoredObject original = sourceBucket.objects().get(sourceKey);
        if (original == null) {
            throw OssError.noSuchKey(sourceKey);
        }
        ObjectHeaders.validateEncryption(request);
        checkForbidOverwrite(request, target);
        request.drainBody();
        boolean replace = "REPLACE".equalsIgnoreCase(request.header("x-oss-metadata-directive"));
        ObjectAttributes attributes = replace ? ObjectAttributes.fromRequestHeaders(request.headers()) : original.attributes();
        ObjectType type = original.type() == ObjectType.Appendable ? ObjectType.Normal : original.type();
        StoredObject copy = new StoredObject(request.key(), type, original.content().share(), original.etag(),
                original.crc64(), attributes, Instant.now(), null);
        target.put(copy);
        OssResponse response = OssResponse.xml(Xml.document("CopyObjectResult")
                .element("ETag", ObjectHeaders.quoted(copy.etag()))
                .element("LastModified", HttpDates.iso8601(copy.lastModified())));
        response.header("x-oss-hash-crc64ecma", Crc64.toUnsignedString(copy.crc64()));
        ObjectHeaders.echoEncryption(response, attributes);
        return response;
    }

    public OssResponse append(OssRequest request) throws IOException {
        Bucket bucket = buckets.require(request.bucket());
        long position = parsePosition(request.param("position"));
        checkAppendable(bucket.objects().get(request.key()), position);
        ObjectHeaders.validateEncryption(request);
        StoredObject before = bucket.objects().get(request.key());
        ContentDigest running = before == null ? new ContentDigest() : before.appendDigest().copy();
        ReceivedBody body = ReceivedBody.receive(request, store.storage(), running);
        StoredObject after;
        synchronized (bucket) {
            StoredObject current = bucket.objects().get(request.key());
            if (current != before) { // another append won the race
                body.blob().release();
                checkAppendable(current, position);
                throw positionMismatch(current == null ? 0 : current.size());
            }
            ObjectContent content = before == null ? ObjectContent.of(body.blob()) : before.content().plus(body.blob());
            long crc = before == null ? body.crc64() : Crc64.combine(before.crc64(), body.crc64(), body.size());
            ObjectAttributes attributes = before == null ? ObjectAttributes.fromRequestHeaders(request.headers()) : before.attributes();
            after = new StoredObject(request.key(), ObjectType.Appendable, content, ContentDigest.upperHex(running.md5()),
                    crc, attributes, Instant.now(), running);
            bucket.put(after);
        }
        OssResponse response = OssResponse.ok()
                .header("ETag", ObjectHeaders.quoted(after.etag()))
                .header("x-oss-next-append-position", Long.toString(after.size()))
                .header("x-oss-hash-crc64ecma", Crc64.toUnsignedString(after.crc64()));
        ObjectHeaders.echoEncryption(response, after.attributes());
        return response;
    }

    public OssResponse deleteMultiple(OssRequest request) throws IOException {
        Bucket bucket = buckets.require(request.bucket());
        byte[] body = request.readSmallBody(4 << 20);
        if (request.header("content-md5") == null) {
            throw new OssError(400, "InvalidDigest", "DeleteMultipleObjects requires a Content-MD5 header.");
        }
        ReceivedBody.checkContentMd5(request.header("content-md5"), ContentDigest.newMd5().digest(body));
        Element root = XmlBody.parse(body, "Delete");
        boolean quiet = "true".equalsIgnoreCase(String.valueOf(XmlBody.childText(root, "Quiet")).trim());
        List<Element> objects = XmlBody.children(root, "Object");
        if (objects.size() > MAX_DELETE_KEYS) {
            throw OssError.malformedXml("A Delete request may name at most " + MAX_DELETE_KEYS + " objects, got " + objects.size() + ".");
        }
        KeyEncoding encoding = KeyEncoding.of(request);
        Xml result = Xml.document("DeleteResult");
        encoding.declare(result);
        for (Element element : objects) {
            String key = XmlBody.childText(element, "Key");
            if (key == null || key.isEmpty()) {
                throw OssError.malformedXml("Every Object needs a non-empty Key.");
            }
            bucket.remove(key);
            result.start("Deleted").element("Key", encoding.apply(key)).end();
        }
        return quiet ? OssResponse.ok() : OssResponse.xml(result);
    }

    private StoredObject requireObject(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        StoredObject object = bucket.objects().get(request.key());
        if (object == null) {
            throw OssError.noSuchKey(request.key());
        }
        return object;
    }

    private static void checkForbidOverwrite(OssRequest request, Bucket bucket) {
        if ("true".equalsIgnoreCase(request.header("x-oss-forbid-overwrite")) && bucket.objects().containsKey(request.key())) {
            throw new OssError(409, "FileAlreadyExists", "The object you specified already exists and can not be overwritten.");
        }
    }

    private static long parsePosition(String value) {
        try {
            long position = Long.parseLong(value);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw OssError.invalidArgument("position must be a non-negative integer.", "position", value);
    }

    private static void checkAppendable(StoredObject existing, long position) {
        if (existing == null) {
            if (position != 0) {
                throw positionMismatch(0);
            }
            return;
        }
        if (existing.type() != ObjectType.Appendable) {
            throw new OssError(409, "ObjectNotAppendable", "The object is not appendable.");
        }
        if (position != existing.size()) {
            throw positionMismatch(existing.size());
        }
    }

    private static OssError positionMismatch(long length) {
        return new OssError(409, "PositionNotEqualToLength", "Position is not equal to file length.")
                .header("x-oss-next-append-position", Long.toString(length));
    }
}
