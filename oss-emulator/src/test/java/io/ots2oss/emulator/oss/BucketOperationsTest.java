package io.ots2oss.emulator.oss;

import com.aliyun.oss.OSSException;
import com.aliyun.oss.model.BucketInfo;
import com.aliyun.oss.model.CannedAccessControlList;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketOperationsTest extends EmulatorTestSupport {

    @Test
    void createdBucketExistsAndUnknownBucketDoesNot() {
        oss.createBucket(bucket + "-new");
        assertTrue(oss.doesBucketExist(bucket + "-new"));
        assertFalse(oss.doesBucketExist("no-such-bucket-here"));
    }

    @Test
    void bucketAclIsPrivateByDefault() {
        assertEquals(CannedAccessControlList.Private, oss.getBucketAcl(bucket).getCannedACL());
    }

    @Test
    void bucketInfoReportsNameLocationAndAcl() {
        BucketInfo info = oss.getBucketInfo(bucket);
        assertEquals(bucket, info.getBucket().getName());
        assertEquals("oss-cn-hangzhou", info.getBucket().getLocation());
        assertEquals(CannedAccessControlList.Private, info.getCannedACL());
    }

    @Test
    void bucketLocationIsTheConfiguredRegion() {
        assertEquals("oss-cn-hangzhou", oss.getBucketLocation(bucket));
    }

    @Test
    void listBucketsIncludesCreatedBuckets() {
        assertTrue(oss.listBuckets().stream().anyMatch(b -> b.getName().equals(bucket)));
    }

    @Test
    void deletingBucketWithObjectsFailsWithBucketNotEmpty() {
        oss.putObject(bucket, "k", new ByteArrayInputStream(new byte[1]));
        OSSException e = assertThrows(OSSException.class, () -> oss.deleteBucket(bucket));
        assertEquals("BucketNotEmpty", e.getErrorCode());
    }

    @Test
    void deletingBucketWithUploadInProgressFailsWithBucketNotEmpty() {
        oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, "pending"));
        OSSException e = assertThrows(OSSException.class, () -> oss.deleteBucket(bucket));
        assertEquals("BucketNotEmpty", e.getErrorCode());
    }

    @Test
    void deletingEmptyBucketRemovesIt() {
        oss.deleteBucket(bucket);
        assertFalse(oss.doesBucketExist(bucket));
    }

    @Test
    void objectCallsOnMissingBucketFailWithNoSuchBucket() {
        OSSException e = assertThrows(OSSException.class,
                () -> oss.putObject("missing-bucket-x", "k", new ByteArrayInputStream(new byte[1])));
        assertEquals("NoSuchBucket", e.getErrorCode());
    }

    @Test
    void errorsCarryRequestIdAndHostId() {
        OSSException e = assertThrows(OSSException.class, () -> oss.getObject(bucket, "absent"));
        assertEquals("NoSuchKey", e.getErrorCode());
        assertEquals(24, e.getRequestId().length());
        assertTrue(e.getHostId().startsWith("127.0.0.1"));
    }
}
