package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.checksum.ContentDigest;
import io.ots2oss.emulator.oss.checksum.Crc64;
import io.ots2oss.emulator.oss.http.HttpDates;
import io.ots2oss.emulator.oss.http.OssError;
import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.OssResponse;
import io.ots2oss.emulator.oss.store.ObjectAttributes;
import io.ots2oss.emulator.oss.store.ObjectType;
import io.ots2oss.emulator.oss.store.StoredObject;

import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/** The headers GET and HEAD return for an object, and the request-header checks writes share. */
final class ObjectHeaders {
    private static final Set<String> SSE_VALUES = Set.of("AES256", "KMS", "SM4");
    private static final Map<String, String> RESPONSE_OVERRIDES = Map.of(
            "response-content-type", "Content-Type",
            "response-content-language", "Content-Language",
            "response-expires", "Expires",
            "response-cache-control", "Cache-Control",
            "response-content-disposition", "Content-Disposition",
            "response-content-encoding", "Content-Encoding");

    private ObjectHeaders() {
    }

    static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    static void describe(OssResponse response, StoredObject object, OssRequest request) {
        ObjectAttributes attributes = object.attributes();
        response.header("Content-Type", attributes.contentType())
                .header("ETag", quoted(object.etag()))
                .header("Last-Modified", HttpDates.rfc822(object.lastModified()))
                .header("Accept-Ranges", "bytes")
                .header("x-oss-object-type", object.type().name())
                .header("x-oss-hash-crc64ecma", Crc64.toUnsignedString(object.crc64()))
                .header("x-oss-storage-class", attributes.storageClass());
        attributes.echoedHeaders().forEach(response::header);
        attributes.userMetadata().forEach((name, value) -> response.header(ObjectAttributes.USER_META_PREFIX + name, value));
        if (object.type() == ObjectType.Appendable) {
            response.header("x-oss-next-append-position", Long.toString(object.size()));
        }
        if (object.type() == ObjectType.Normal) { // only there is the ETag the body's MD5
            response.header("Content-MD5", ContentDigest.base64(HexFormat.of().parseHex(object.etag())));
        }
        RESPONSE_OVERRIDES.forEach((param, header) -> {
            String value = request.param(param);
            if (value != null) {
                response.header(header, value);
            }
        });
    }

    /** Echoes the encryption headers a write carried, as OSS does. */
    static void echoEncryption(OssResponse response, ObjectAttributes attributes) {
        attributes.echoedHeaders().forEach((name, value) -> {
            if (name.startsWith("x-oss-server-side-")) {
                response.header(name, value);
            }
        });
    }

    static void validateEncryption(OssRequest request) {
        String sse = request.header(ObjectAttributes.SSE_HEADER);
        if (sse != null && !SSE_VALUES.contains(sse)) {
            throw OssError.invalidArgument("The encryption method specified is not supported",
                    ObjectAttributes.SSE_HEADER, sse);
        }
    }
}
