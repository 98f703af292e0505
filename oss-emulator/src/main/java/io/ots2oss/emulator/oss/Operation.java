package io.ots2oss.emulator.oss;

/** The OSS API calls the emulator tells apart, for counting and fault injection. */
public enum Operation {
    LIST_BUCKETS,
    CREATE_BUCKET,
    DELETE_BUCKET,
    GET_BUCKET_ACL,
    GET_BUCKET_INFO,
    GET_BUCKET_LOCATION,
    LIST_OBJECTS,
    LIST_OBJECTS_V2,
    LIST_MULTIPART_UPLOADS,
    DELETE_MULTIPLE_OBJECTS,
    PUT_OBJECT,
    COPY_OBJECT,
    GET_OBJECT,
    HEAD_OBJECT,
    GET_OBJECT_META,
    DELETE_OBJECT,
    APPEND_OBJECT,
    INITIATE_MULTIPART_UPLOAD,
    UPLOAD_PART,
    COMPLETE_MULTIPART_UPLOAD,
    ABORT_MULTIPART_UPLOAD,
    LIST_PARTS,
    /** A request the emulator does not implement (answered 501 NotImplemented). */
    UNSUPPORTED,
    /** Matches every operation in fault rules and counts. */
    ANY;

    public boolean matches(Operation actual) {
        return this == ANY || this == actual;
    }

    /** Whether the request carries a body worth streaming (where a mid-body reset cuts the upload). */
    public boolean uploadsBody() {
        return this == PUT_OBJECT || this == UPLOAD_PART || this == APPEND_OBJECT;
    }
}
