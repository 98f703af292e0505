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
import io.ots2oss.emulator.oss.store.Blob;
import io.ots2oss.emulator.oss.store.Bucket;
import io.ots2oss.emulator.oss.store.MultipartUpload;
import io.ots2oss.emulator.oss.store.ObjectAttributes;
import io.ots2oss.emulator.oss.store.ObjectContent;
import io.ots2oss.emulator.oss.store.ObjectStore;
import io.ots2oss.emulator.oss.store.ObjectType;
import io.ots2oss.emulator.oss.store.Part;
import io.ots2oss.emulator.oss.store.StoredObject;
import org.w3c.dom.Element;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Initiate, UploadPart, Complete, Abort, ListParts and ListMultipartUploads. */
public final class MultipartApi {
    static final int MAX_PART_NUMBER = 10_000;
    static final long MIN_PART_SIZE = 100 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectStore store;
    private final BucketApi buckets;

    public MultipartApi(ObjectStore store, BucketApi buckets) {
        this.store = store;
        this.buckets = buckets;
    }

    public OssResponse initiate(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        ObjectHeaders.validateEncryption(request);
        request.drainBody();
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        ObjectAttributes attributes = ObjectAttributes.fromRequestHeaders(request.headers());
        MultipartUpload upload = new MultipartUpload(HexFormat.of().withUpperCase().formatHex(id), request.key(),
                Instant.now(), attributes);
        bucket.uploads().put(upload.uploadId(), upload);
        KeyEncoding encoding = KeyEncoding.of(request);
        Xml xml = Xml.document("InitiateMultipartUploadResult")
                .element("Bucket", bucket.name())
                .element("Key", encoding.apply(upload.key()))
                .element("UploadId", upload.uploadId());
        encoding.declare(xml);
        OssResponse response = OssResponse.xml(xml);
        ObjectHeaders.echoEncryption(response, attributes);
        return response;
    }

    public OssResponse uploadPart(OssRequest request) throws IOException {
        Bucket bucket = buckets.require(request.bucket());
        int partNumber = parsePartNumber(request.param("partNumber"));
        MultipartUpload upload = requireUpload(bucket, request);
        ReceivedBody body = ReceivedBody.receive(request, store.storage(), null);
        upload.putPart(new Part(partNumber, body.blob(), body.etag(), body.md5(), body.crc64(), Instant.now()));
        if (bucket.uploads().get(upload.uploadId()) != upload) { // completed or aborted meanwhile
            upload.releaseAll();
            throw OssError.noSuchUpload(upload.uploadId());
        }
        OssResponse response = OssResponse.ok()
                .header("ETag", ObjectHeaders.quoted(body.etag()))
                .header("Content-MD5", ContentDigest.base64(body.md5()))
                .header("x-oss-hash-crc64ecma", Crc64.toUnsignedString(body.crc64()));
        ObjectHeaders.echoEncryption(response, upload.attributes());
        return response;
    }

    public OssResponse complete(OssRequest request) throws IOException {
        Bucket bucket = buckets.require(request.bucket());
        MultipartUpload upload = requireUpload(bucket, request);
        byte[] xml = request.readSmallBody(8 << 20);
        List<Part> chosen = xml.length == 0 && "yes".equalsIgnoreCase(request.header("x-oss-complete-all"))
                ? new ArrayList<>(upload.parts().values())
                : chooseParts(upload, XmlBody.parse(xml, "CompleteMultipartUpload"));
        checkSizes(chosen);
        if (!bucket.uploads().remove(upload.uploadId(), upload)) {
            throw OssError.noSuchUpload(upload.uploadId());
        }
        StoredObject object = assemble(upload, chosen);
        bucket.put(object);
        KeyEncoding encoding = KeyEncoding.of(request);
        Xml result = Xml.document("CompleteMultipartUploadResult");
        encoding.declare(result);
        result.element("Location", "/" + bucket.name() + "/" + UrlCodec.sdkEncode(object.key(), true))
                .element("Bucket", bucket.name())
                .element("Key", encoding.apply(object.key()))
                .element("ETag", ObjectHeaders.quoted(object.etag()));
        OssResponse response = OssResponse.xml(result);
        response.header("x-oss-hash-crc64ecma", Crc64.toUnsignedString(object.crc64()));
        ObjectHeaders.echoEncryption(response, upload.attributes());
        return response;
    }

    public OssResponse abort(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        MultipartUpload upload = requireUpload(bucket, request);
        if (bucket.uploads().remove(upload.uploadId(), upload)) {
            upload.releaseAll();
        }
        return OssResponse.noContent();
    }

    public OssResponse listParts(OssRequest request) {
        Bucket bucket = buckets.require(request.bucket());
        MultipartUpload upload = requireUpload(bucket, request);
        int maxParts = Params.boundedInt(request.param("max-parts"), 1000, 1000, "max-parts");
        int marker = Params.boundedInt(request.param("part-number-marker"), 0, MAX_PART_NUMBER, "part-number-marker");
        List<Part> parts = new ArrayList<>(upload.parts().tailMap(marker, false).values());
        boolean truncated = parts.size() > maxParts;
        List<Part> page = truncated ? parts.subList(0, maxParts) : parts;
        KeyEncoding encoding = KeyEncoding.of(request);
        Xml xml = Xml.document("ListPartsResult")
                .element("Bucket", bucket.name())
                .element("Key", encoding.apply(upload.key()))
                .element("UploadId", upload.uploadId())
                .element("StorageClass", upload.attributes().storageClass())
                .element("PartNumberMarker", marker)
                .element("NextPartNumberMarker", page.isEmpty() ? marker : page.get(page.size() - 1).number())
                .element("MaxParts", maxParts)
                .element("IsTruncated", truncated);
        encoding.declare(xml);
        for (Part part : page) {
            xml.start("Part")
                    .element("PartNumber", part.number())
                    .element("LastModified", HttpDates.iso8601(part.lastModified()))
                    .element("ETag", ObjectHeaders.quoted(part.etag()))
                    .element("HashCrc64ecma", Crc64.toUnsignedString(part.crc64()))
                    .element("Size", part.size())
                    .end();
        }
        return OssResponse.xml(xml);
    }

    private List<Part> chooseParts(MultipartUpload upload, Element root) {
        List<Element> listed = XmlBody.children(root, "Part");
        if (listed.isEmpty()) {
            throw OssError.malformedXml("CompleteMultipartUpload must list at least one Part.");
        }
        if (listed.size() > MAX_PART_NUMBER) {
            throw OssError.invalidArgument("A multipart upload has at most " + MAX_PART_NUMBER + " parts.", "Part", String.valueOf(listed.size()));
        }
        List<Part> chosen = new ArrayList<>(listed.size());
        int previous = 0;
        for (Element element : listed) {
            int number = parseListedNumber(XmlBody.childText(element, "PartNumber"));
            if (number <= previous) {
                throw new OssError(400, "InvalidPartOrder",
                        "The list of parts was not in ascending order. Parts must be ordered by part number.")
                        .field("UploadId", upload.uploadId());
            }
            previous = number;
            chosen.add(null);
        }
        for (int i = 0; i < listed.size(); i++) {
            Element element = listed.get(i);
            int number = parseListedNumber(XmlBody.childText(element, "PartNumber"));
            String etag = stripQuotes(XmlBody.childText(element, "ETag"));
            Part part = upload.parts().get(number);
            if (part == null || !part.etag().equalsIgnoreCase(etag)) {
                throw new OssError(400, "InvalidPart",
                        "One or more of the specified parts could not be found or the specified entity tag might not have matched the part's entity tag.")
                        .field("UploadId", upload.uploadId())
                        .field("PartNumber", Integer.toString(number))
                        .field("ETag", String.valueOf(etag));
            }
            chosen.set(i, part);
        }
        return chosen;
    }

    private static void checkSizes(List<Part> chosen) {
        for (int i = 0; i < chosen.size() - 1; i++) {
            Part part = chosen.get(i);
            if (part.size() < MIN_PART_SIZE) {
                throw new OssError(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size.")
                        .field("MinSizeAllowed", Long.toString(MIN_PART_SIZE))
                        .field("ProposedSize", Long.toString(part.size()))
                        .field("PartNumber", Integer.toString(part.number()));
            }
        }
    }

    /** The object takes over the chosen parts' blobs; parts that were not listed are dropped. */
    private static StoredObject assemble(MultipartUpload upload, List<Part> chosen) {
        List<Blob> blobs = new ArrayList<>(chosen.size());
        MessageDigest md5OfMd5s = ContentDigest.newMd5();
        long crc = 0;
        for (Part part : chosen) {
            blobs.add(part.blob());
            md5OfMd5s.update(part.md5());
            crc = Crc64.combine(crc, part.crc64(), part.size());
        }
        for (Map.Entry<Integer, Part> entry : upload.parts().entrySet()) {
            if (!chosen.contains(entry.getValue())) {
                entry.getValue().blob().release();
            }
        }
        upload.parts().clear();
        String etag = ContentDigest.upperHex(md5OfMd5s.digest()) + "-" + chosen.size();
        return new StoredObject(upload.key(), ObjectType.Multipart, new ObjectContent(blobs), etag, crc,
                upload.attributes(), Instant.now(), null);
    }

    private static MultipartUpload requireUpload(Bucket bucket, OssRequest request) {
        String uploadId = request.param("uploadId");
        MultipartUpload upload = uploadId == null ? null : bucket.uploads().get(uploadId);
        if (upload == null || !upload.key().equals(request.key())) {
            throw OssError.noSuchUpload(String.valueOf(uploadId));
        }
        return upload;
    }

    private static int parsePartNumber(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= MAX_PART_NUMBER) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw OssError.invalidArgument("Part number must be an integer between 1 and " + MAX_PART_NUMBER + ", inclusive.",
                "partNumber", value);
    }

    private static int parseListedNumber(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw OssError.malformedXml("PartNumber must be an integer, got '" + value + "'.");
        }
    }

    private static String stripQuotes(String etag) {
        if (etag == null) {
            return null;
        }
        String trimmed = etag.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
