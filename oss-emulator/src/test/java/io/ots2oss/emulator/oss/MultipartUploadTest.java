package io.ots2oss.emulator.oss;

import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadResult;
import com.aliyun.oss.model.GetObjectRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListMultipartUploadsRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.aliyun.oss.model.MultipartUpload;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PartListing;
import com.aliyun.oss.model.PartSummary;
import com.aliyun.oss.model.UploadPartRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartUploadTest extends EmulatorTestSupport {
    private static final int KIB = 1024;

    @Test
    void threePartsUploadedOutOfOrderRoundTripByteExactly() throws IOException {
        byte[] p1 = randomBytes(256 * KIB, 11);
        byte[] p2 = randomBytes(100 * KIB, 12);
        byte[] p3 = randomBytes(12_345, 13);
        String id = initiate("big.bin");
        List<PartETag> etags = new ArrayList<>();
        etags.add(upload("big.bin", id, 3, p3));
        etags.add(upload("big.bin", id, 1, p1));
        etags.add(upload("big.bin", id, 2, p2));
        etags.sort(Comparator.comparingInt(PartETag::getPartNumber));

        CompleteMultipartUploadResult result = oss.completeMultipartUpload(
                new CompleteMultipartUploadRequest(bucket, "big.bin", id, etags));

        byte[] expected = concat(p1, p2, p3);
        try (InputStream in = oss.getObject(bucket, "big.bin").getObjectContent()) {
            assertArrayEquals(expected, in.readAllBytes());
        }
        assertTrue(result.getETag().endsWith("-3"));
        assertNotNull(result.getServerCRC()); // the SDK combined part CRCs and compared them with this
        assertEquals("Multipart", emulator.objectMetadata(bucket, "big.bin").objectType());
        assertTrue(emulator.inProgressUploads(bucket).isEmpty());
    }

    @Test
    void partsUploadedConcurrentlyAssembleInPartNumberOrder() throws Exception {
        int parts = 16;
        String id = initiate("parallel");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<PartETag>> futures = new ArrayList<>();
            for (int n = parts; n >= 1; n--) {
                int number = n;
                futures.add(pool.submit(() -> upload("parallel", id, number, randomBytes(100 * KIB, number))));
            }
            List<PartETag> etags = new ArrayList<>();
            for (var future : futures) {
                etags.add(future.get());
            }
            etags.sort(Comparator.comparingInt(PartETag::getPartNumber));
            oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "parallel", id, etags));
        } finally {
            pool.shutdownNow();
        }
        byte[][] expected = new byte[parts][];
        for (int n = 1; n <= parts; n++) {
            expected[n - 1] = randomBytes(100 * KIB, n);
        }
        assertArrayEquals(concat(expected), emulator.objectBytes(bucket, "parallel"));
    }

    @Test
    void rangeReadsSpanPartBoundaries() throws IOException {
        byte[] p1 = randomBytes(100 * KIB, 31);
        byte[] p2 = randomBytes(100 * KIB, 32);
        byte[] p3 = randomBytes(10, 33);
        String id = initiate("span");
        List<PartETag> etags = new ArrayList<>(List.of(upload("span", id, 1, p1), upload("span", id, 2, p2), upload("span", id, 3, p3)));
        oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "span", id, etags));
        GetObjectRequest request = new GetObjectRequest(bucket, "span");
        long first = 100 * KIB - 5;
        long last = 200 * KIB + 4;
        request.setRange(first, last);
        byte[] expected = java.util.Arrays.copyOfRange(concat(p1, p2, p3), (int) first, (int) last + 1);
        try (InputStream in = oss.getObject(request).getObjectContent()) {
            assertArrayEquals(expected, in.readAllBytes());
        }
    }

    @Test
    void reuploadedPartReplacesTheEarlierOne() {
        String id = initiate("re");
        upload("re", id, 1, "first".getBytes());
        PartETag second = upload("re", id, 1, "second".getBytes());
        oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "re", id, new ArrayList<>(List.of(second))));
        assertArrayEquals("second".getBytes(), emulator.objectBytes(bucket, "re"));
    }

    @Test
    void partSmallerThan100KiBBeforeTheLastFailsWithEntityTooSmall() {
        String id = initiate("small");
        List<PartETag> etags = new ArrayList<>(List.of(upload("small", id, 1, new byte[100 * KIB - 1]), upload("small", id, 2, new byte[10])));
        OSSException e = assertThrows(OSSException.class,
                () -> oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "small", id, etags)));
        assertEquals("EntityTooSmall", e.getErrorCode());
        assertFalse(emulator.objectExists(bucket, "small"));
    }

    @Test
    void unknownPartFailsWithInvalidPart() {
        String id = initiate("k");
        PartETag real = upload("k", id, 1, new byte[10]);
        List<PartETag> etags = new ArrayList<>(List.of(real, new PartETag(2, real.getETag())));
        OSSException e = assertThrows(OSSException.class,
                () -> oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "k", id, etags)));
        assertEquals("InvalidPart", e.getErrorCode());
    }

    @Test
    void mismatchedEtagFailsWithInvalidPart() {
        String id = initiate("k");
        upload("k", id, 1, new byte[10]);
        List<PartETag> etags = new ArrayList<>(List.of(new PartETag(1, "0123456789ABCDEF0123456789ABCDEF")));
        OSSException e = assertThrows(OSSException.class,
                () -> oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "k", id, etags)));
        assertEquals("InvalidPart", e.getErrorCode());
    }

    @Test
    void repeatedPartNumberFailsWithInvalidPartOrder() {
        String id = initiate("k");
        PartETag part = upload("k", id, 1, new byte[200 * KIB]);
        OSSException e = assertThrows(OSSException.class,
                () -> oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "k", id, new ArrayList<>(List.of(part, part)))));
        assertEquals("InvalidPartOrder", e.getErrorCode());
    }

    @Test
    void moreThan10000PartsAreRejected() {
        String id = initiate("k");
        PartETag part = upload("k", id, 1, new byte[1]);
        List<PartETag> etags = IntStream.rangeClosed(1, 10_001).mapToObj(n -> new PartETag(n, part.getETag())).toList();
        OSSException e = assertThrows(OSSException.class,
                () -> oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "k", id, new ArrayList<>(etags))));
        assertEquals("InvalidArgument", e.getErrorCode());
    }

    @Test
    void unknownUploadIdFailsWithNoSuchUpload() {
        OSSException upload = assertThrows(OSSException.class, () -> upload("k", "NOPE", 1, new byte[1]));
        assertEquals("NoSuchUpload", upload.getErrorCode());
        OSSException complete = assertThrows(OSSException.class, () -> oss.completeMultipartUpload(
                new CompleteMultipartUploadRequest(bucket, "k", "NOPE", new ArrayList<>(List.of(new PartETag(1, "X"))))));
        assertEquals("NoSuchUpload", complete.getErrorCode());
        OSSException abort = assertThrows(OSSException.class,
                () -> oss.abortMultipartUpload(new AbortMultipartUploadRequest(bucket, "k", "NOPE")));
        assertEquals("NoSuchUpload", abort.getErrorCode());
    }

    @Test
    void abortDiscardsTheUploadAndItsParts() {
        String id = initiate("aborted");
        upload("aborted", id, 1, new byte[10]);
        oss.abortMultipartUpload(new AbortMultipartUploadRequest(bucket, "aborted", id));
        assertTrue(emulator.inProgressUploads(bucket).isEmpty());
        OSSException e = assertThrows(OSSException.class,
                () -> oss.listParts(new ListPartsRequest(bucket, "aborted", id)));
        assertEquals("NoSuchUpload", e.getErrorCode());
    }

    @Test
    void incompleteUploadIsInvisibleToGetAndList() {
        String id = initiate("pending");
        upload("pending", id, 1, new byte[10]);
        assertTrue(oss.listObjects(bucket).getObjectSummaries().isEmpty());
        OSSException e = assertThrows(OSSException.class, () -> oss.getObject(bucket, "pending"));
        assertEquals("NoSuchKey", e.getErrorCode());
        assertEquals(List.of(1), emulator.inProgressUploads(bucket).get(0).partNumbers());
    }

    @Test
    void initiateWithEncryptionAndMetadataAppliesToTheCompletedObject() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setServerSideEncryption("KMS");
        meta.addUserMetadata("source", "stream");
        meta.setContentType("text/csv");
        String id = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, "enc.csv", meta)).getUploadId();
        PartETag part = upload("enc.csv", id, 1, "a,b\n".getBytes());
        oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "enc.csv", id, new ArrayList<>(List.of(part))));
        ObjectMetadata read = oss.getObjectMetadata(bucket, "enc.csv");
        assertEquals("KMS", read.getServerSideEncryption());
        assertEquals("stream", read.getUserMetadata().get("source"));
        assertEquals("text/csv", read.getContentType());
    }

    @Test
    void listPartsReportsUploadedPartsInOrder() {
        String id = initiate("lp");
        upload("lp", id, 2, new byte[20]);
        upload("lp", id, 1, new byte[10]);
        PartListing listing = oss.listParts(new ListPartsRequest(bucket, "lp", id));
        assertEquals(List.of(1, 2), listing.getParts().stream().map(PartSummary::getPartNumber).toList());
        assertEquals(List.of(10L, 20L), listing.getParts().stream().map(PartSummary::getSize).toList());
    }

    @Test
    void listMultipartUploadsReportsUploadsInProgress() {
        String first = initiate("x/one");
        String second = initiate("x/two");
        List<MultipartUpload> uploads = oss.listMultipartUploads(new ListMultipartUploadsRequest(bucket)).getMultipartUploads();
        assertEquals(List.of("x/one", "x/two"), uploads.stream().map(MultipartUpload::getKey).toList());
        assertEquals(List.of(first, second), uploads.stream().map(MultipartUpload::getUploadId).toList());
    }

    @Test
    void completingReplacesAnExistingObject() {
        emulator.putObject(bucket, "same", "old".getBytes());
        String id = initiate("same");
        assertArrayEquals("old".getBytes(), emulator.objectBytes(bucket, "same"));
        PartETag part = upload("same", id, 1, "new".getBytes());
        oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "same", id, new ArrayList<>(List.of(part))));
        assertArrayEquals("new".getBytes(), emulator.objectBytes(bucket, "same"));
    }

    @Test
    void chunkedPartUploadIsAccepted() {
        String id = initiate("chunked");
        byte[] data = randomBytes(150 * KIB, 21);
        UploadPartRequest request = new UploadPartRequest(bucket, "chunked", id, 1, new ByteArrayInputStream(data), data.length);
        request.setUseChunkEncoding(true);
        PartETag part = oss.uploadPart(request).getPartETag();
        oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "chunked", id, new ArrayList<>(List.of(part))));
        assertArrayEquals(data, emulator.objectBytes(bucket, "chunked"));
    }

    @Test
    void completeAllHeaderUsesEveryUploadedPart() {
        String id = initiate("all");
        upload("all", id, 2, "second".getBytes());
        upload("all", id, 1, new byte[100 * KIB]);
        CompleteMultipartUploadRequest request = new CompleteMultipartUploadRequest(bucket, "all", id, null);
        request.addHeader("x-oss-complete-all", "yes");
        oss.completeMultipartUpload(request);
        assertEquals(100 * KIB + 6, emulator.objectMetadata(bucket, "all").size());
    }

    @Test
    void partsThatAreNotListedAreDropped() {
        String id = initiate("subset");
        PartETag first = upload("subset", id, 1, "keep".getBytes());
        upload("subset", id, 2, "drop".getBytes());
        oss.completeMultipartUpload(new CompleteMultipartUploadRequest(bucket, "subset", id, new ArrayList<>(List.of(first))));
        assertArrayEquals("keep".getBytes(), emulator.objectBytes(bucket, "subset"));
    }

    @Test
    void listMultipartUploadsPagesWithMarkers() {
        initiate("u/1");
        initiate("u/2");
        initiate("u/3");
        ListMultipartUploadsRequest request = new ListMultipartUploadsRequest(bucket);
        request.setMaxUploads(2);
        var firstPage = oss.listMultipartUploads(request);
        assertTrue(firstPage.isTruncated());
        request.setKeyMarker(firstPage.getNextKeyMarker());
        request.setUploadIdMarker(firstPage.getNextUploadIdMarker());
        var secondPage = oss.listMultipartUploads(request);
        assertEquals(List.of("u/3"), secondPage.getMultipartUploads().stream().map(MultipartUpload::getKey).toList());
    }

    @Test
    void listPartsPagesWithMaxParts() {
        String id = initiate("lp");
        for (int n = 1; n <= 5; n++) {
            upload("lp", id, n, new byte[n]);
        }
        ListPartsRequest request = new ListPartsRequest(bucket, "lp", id);
        request.setMaxParts(3);
        PartListing first = oss.listParts(request);
        assertTrue(first.isTruncated());
        request.setPartNumberMarker(first.getNextPartNumberMarker());
        assertEquals(List.of(4, 5), oss.listParts(request).getParts().stream().map(PartSummary::getPartNumber).toList());
    }

    private String initiate(String key) {
        return oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, key)).getUploadId();
    }

    private PartETag upload(String key, String uploadId, int number, byte[] data) {
        UploadPartRequest request = new UploadPartRequest(bucket, key, uploadId, number, new ByteArrayInputStream(data), data.length);
        return oss.uploadPart(request).getPartETag();
    }

    private static byte[] concat(byte[]... arrays) {
        int total = 0;
        for (byte[] a : arrays) {
            total += a.length;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (byte[] a : arrays) {
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        return out;
    }
}
