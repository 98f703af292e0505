package io.ots2oss.emulator.oss.http;

import io.ots2oss.emulator.oss.Operation;

/** Tells which API call a request is, from its method, target, subresources and headers. */
public final class OperationClassifier {
    private OperationClassifier() {
    }

    public static Operation classify(OssRequest r) {
        if (r.bucket() == null) {
            return r.method().equals("GET") ? Operation.LIST_BUCKETS : Operation.UNSUPPORTED;
        }
        return r.hasKey() ? objectOperation(r) : bucketOperation(r);
    }

    private static Operation bucketOperation(OssRequest r) {
        switch (r.method()) {
            case "PUT":
                return r.query().isEmpty() || r.hasParam("acl") ? Operation.CREATE_BUCKET : Operation.UNSUPPORTED;
            case "DELETE":
                return r.query().isEmpty() ? Operation.DELETE_BUCKET : Operation.UNSUPPORTED;
            case "POST":
                return r.hasParam("delete") ? Operation.DELETE_MULTIPLE_OBJECTS : Operation.UNSUPPORTED;
            case "GET":
                if (r.hasParam("acl")) {
                    return Operation.GET_BUCKET_ACL;
                }
                if (r.hasParam("bucketInfo")) {
                    return Operation.GET_BUCKET_INFO;
                }
                if (r.hasParam("location")) {
                    return Operation.GET_BUCKET_LOCATION;
                }
                if (r.hasParam("uploads")) {
                    return Operation.LIST_MULTIPART_UPLOADS;
                }
                if ("2".equals(r.param("list-type"))) {
                    return Operation.LIST_OBJECTS_V2;
                }
                return hasOtherSubresource(r) ? Operation.UNSUPPORTED : Operation.LIST_OBJECTS;
            default:
                return Operation.UNSUPPORTED;
        }
    }

    private static Operation objectOperation(OssRequest r) {
        switch (r.method()) {
            case "PUT":
                if (r.hasParam("partNumber") || r.hasParam("uploadId")) {
                    return r.header("x-oss-copy-source") == null ? Operation.UPLOAD_PART : Operation.UNSUPPORTED;
                }
                if (hasOtherSubresource(r)) {
                    return Operation.UNSUPPORTED;
                }
                return r.header("x-oss-copy-source") == null ? Operation.PUT_OBJECT : Operation.COPY_OBJECT;
            case "GET":
                if (r.hasParam("uploadId")) {
                    return Operation.LIST_PARTS;
                }
                return hasOtherSubresource(r) ? Operation.UNSUPPORTED : Operation.GET_OBJECT;
            case "HEAD":
                return r.hasParam("objectMeta") ? Operation.GET_OBJECT_META : Operation.HEAD_OBJECT;
            case "DELETE":
                return r.hasParam("uploadId") ? Operation.ABORT_MULTIPART_UPLOAD : Operation.DELETE_OBJECT;
            case "POST":
                if (r.hasParam("uploads")) {
                    return Operation.INITIATE_MULTIPART_UPLOAD;
                }
                if (r.hasParam("uploadId")) {
                    return Operation.COMPLETE_MULTIPART_UPLOAD;
                }
                if (r.hasParam("append")) {
                    return Operation.APPEND_OBJECT;
                }
                return Operation.UNSUPPORTED;
            default:
                return Operation.UNSUPPORTED;
        }
    }

    /** Subresources such as ?tagging or ?symlink that the emulator does not implement. */
    private static boolean hasOtherSubresource(OssRequest r) {
        for (String name : r.query().keySet()) {
            if (!name.startsWith("response-") && !isListingParameter(name) && isSignedSubresource(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListingParameter(String name) {
        return switch (name) {
            case "prefix", "marker", "max-keys", "delimiter", "encoding-type", "list-type", "continuation-token",
                 "start-after", "fetch-owner", "security-token", "OSSAccessKeyId", "Expires", "Signature" -> true;
            default -> false;
        };
    }

    private static boolean isSignedSubresource(String name) {
        return switch (name) {
            case "tagging", "symlink", "restore", "versions", "versioning", "versionId", "cors", "lifecycle", "logging",
                 "website", "referer", "policy", "encryption", "x-oss-process", "seal", "comp" -> true;
            default -> false;
        };
    }
}
