package io.ots2oss.emulator.oss.api;

import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.emulator.oss.http.OssError;
import io.ots2oss.emulator.oss.http.OssRequest;
import io.ots2oss.emulator.oss.http.OssResponse;
import io.ots2oss.emulator.oss.store.ObjectStore;

import java.io.IOException;

/** Sends each classified request to the API class that implements it. */
public final class Router {
    private final BucketApi buckets;
    private final ObjectApi objects;
    private final ListApi lists;
    private final MultipartApi multipart;
    private final UploadListApi uploads;

    public Router(ObjectStore store, String region) {
        this.buckets = new BucketApi(store, region);
        this.objects = new ObjectApi(store, buckets);
        this.lists = new ListApi(buckets);
        this.multipart = new MultipartApi(store, buckets);
        this.uploads = new UploadListApi(buckets);
    }

    public OssResponse route(Operation operation, OssRequest request) throws IOException {
        return switch (operation) {
            case LIST_BUCKETS -> buckets.listBuckets(request);
            case CREATE_BUCKET -> request.hasParam("acl") ? buckets.putAcl(request) : buckets.createBucket(request);
            case DELETE_BUCKET -> buckets.deleteBucket(request);
            case GET_BUCKET_ACL -> buckets.getAcl(request);
            case GET_BUCKET_INFO -> buckets.getInfo(request);
            case GET_BUCKET_LOCATION -> buckets.getLocation(request);
            case LIST_OBJECTS -> lists.listV1(request);
            case LIST_OBJECTS_V2 -> lists.listV2(request);
            case LIST_MULTIPART_UPLOADS -> uploads.list(request);
            case DELETE_MULTIPLE_OBJECTS -> objects.deleteMultiple(request);
            case PUT_OBJECT -> objects.put(request);
            case COPY_OBJECT -> objects.copy(request);
            case GET_OBJECT -> objects.get(request);
            case HEAD_OBJECT -> objects.head(request);
            case GET_OBJECT_META -> objects.getMeta(request);
            case DELETE_OBJECT -> objects.delete(request);
            case APPEND_OBJECT -> objects.append(request);
            case INITIATE_MULTIPART_UPLOAD -> multipart.initiate(request);
            case UPLOAD_PART -> multipart.uploadPart(request);
            case COMPLETE_MULTIPART_UPLOAD -> multipart.complete(request);
            case ABORT_MULTIPART_UPLOAD -> multipart.abort(request);
            case LIST_PARTS -> multipart.listParts(request);
            case UNSUPPORTED, ANY -> throw OssError.notImplemented(request.method() + " " + request.resourcePath()
                    + (request.query().isEmpty() ? "" : "?" + String.join("&", request.query().keySet())));
        };
    }
}
