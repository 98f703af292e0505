package io.ots2oss.emulator.oss;

import com.aliyun.oss.model.ListObjectsRequest;
import com.aliyun.oss.model.ListObjectsV2Request;
import com.aliyun.oss.model.ListObjectsV2Result;
import com.aliyun.oss.model.OSSObjectSummary;
import com.aliyun.oss.model.ObjectListing;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListObjectsTest extends EmulatorTestSupport {

    @Test
    void listsKeysUnderPrefixInKeyOrder() {
        seed("b/2", "a/1", "b/1", "c", "b/10");
        ObjectListing listing = oss.listObjects(bucket, "b/");
        assertEquals(List.of("b/1", "b/10", "b/2"), keys(listing.getObjectSummaries()));
        assertFalse(listing.isTruncated());
    }

    @Test
    void summariesCarrySizeEtagAndOwner() {
        emulator.putObject(bucket, "k", new byte[42]);
        OSSObjectSummary summary = oss.listObjects(bucket).getObjectSummaries().get(0);
        assertEquals(42, summary.getSize());
        assertEquals(emulator.objectMetadata(bucket, "k").etag(), summary.getETag());
        assertEquals("oss-emulator", summary.getOwner().getDisplayName());
    }

    @Test
    void delimiterRollsKeysUpIntoCommonPrefixes() {
        seed("top.txt", "dir1/a", "dir1/b", "dir2/sub/c", "dir2/d");
        ObjectListing listing = oss.listObjects(new ListObjectsRequest(bucket).withDelimiter("/"));
        assertEquals(List.of("top.txt"), keys(listing.getObjectSummaries()));
        assertEquals(List.of("dir1/", "dir2/"), listing.getCommonPrefixes());
    }

    @Test
    void commonPrefixesCountTowardMaxKeysAndAreNotRepeatedAcrossPages() {
        seed("a/1", "a/2", "a/3", "b", "c/1", "c/2");
        List<String> seen = new ArrayList<>();
        String marker = null;
        do {
            ObjectListing page = oss.listObjects(new ListObjectsRequest(bucket).withDelimiter("/").withMaxKeys(1).withMarker(marker));
            seen.addAll(page.getCommonPrefixes());
            seen.addAll(keys(page.getObjectSummaries()));
            marker = page.isTruncated() ? page.getNextMarker() : null;
        } while (marker != null);
        assertEquals(List.of("a/", "b", "c/"), seen);
    }

    @Test
    void pagesThroughMoreThan1000KeysWithMarkers() {
        List<String> expected = seedMany(1205);
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            ObjectListing page = oss.listObjects(new ListObjectsRequest(bucket).withMaxKeys(1000).withMarker(marker));
            seen.addAll(keys(page.getObjectSummaries()));
            marker = page.isTruncated() ? page.getNextMarker() : null;
            pages++;
        } while (marker != null);
        assertEquals(expected, seen);
        assertEquals(2, pages);
    }

    @Test
    void pagesThroughMoreThan1000KeysWithContinuationTokens() {
        List<String> expected = seedMany(1205);
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ListObjectsV2Result page = oss.listObjectsV2(new ListObjectsV2Request(bucket).withMaxKeys(1000).withContinuationToken(token));
            seen.addAll(keys(page.getObjectSummaries()));
            assertEquals(page.getObjectSummaries().size(), page.getKeyCount());
            token = page.isTruncated() ? page.getNextContinuationToken() : null;
            pages++;
        } while (token != null);
        assertEquals(expected, seen);
        assertEquals(2, pages);
    }

    @Test
    void defaultPageHoldsAHundredKeys() {
        seedMany(150);
        ObjectListing listing = oss.listObjects(bucket);
        assertEquals(100, listing.getObjectSummaries().size());
        assertTrue(listing.isTruncated());
        assertEquals("key-00099", listing.getNextMarker());
    }

    @Test
    void startAfterSkipsEarlierKeys() {
        seed("a", "b", "c");
        ListObjectsV2Result result = oss.listObjectsV2(new ListObjectsV2Request(bucket).withStartAfter("a"));
        assertEquals(List.of("b", "c"), keys(result.getObjectSummaries()));
    }

    @Test
    void v2OmitsOwnerUnlessAsked() {
        seed("a");
        assertNull(oss.listObjectsV2(new ListObjectsV2Request(bucket)).getObjectSummaries().get(0).getOwner());
        assertEquals("oss-emulator", oss.listObjectsV2(new ListObjectsV2Request(bucket).withFetchOwner(true))
                .getObjectSummaries().get(0).getOwner().getDisplayName());
    }

    @Test
    void keysAreOrderedByUtf8BytesNotUtf16() {
        seed("\uFF21", "\uD83D\uDE00"); // U+FF21 sorts before U+1F600 in UTF-8, after it in UTF-16
        assertEquals(List.of("\uFF21", "\uD83D\uDE00"), keys(oss.listObjects(bucket).getObjectSummaries()));
    }

    @Test
    void urlEncodingTypeEncodesKeysInBothListingVersions() {
        seed("dir/a b&c");
        ObjectListing v1 = oss.listObjects(new ListObjectsRequest(bucket).withEncodingType("url"));
        assertEquals(List.of("dir%2Fa%20b%26c"), keys(v1.getObjectSummaries()));
        ListObjectsV2Result v2 = oss.listObjectsV2(new ListObjectsV2Request(bucket).withEncodingType("url"));
        assertEquals(List.of("dir%2Fa%20b%26c"), keys(v2.getObjectSummaries()));
        assertEquals("url", v2.getEncodingType());
    }

    @Test
    void emptyBucketListsNothing() {
        ObjectListing listing = oss.listObjects(bucket);
        assertTrue(listing.getObjectSummaries().isEmpty());
        assertFalse(listing.isTruncated());
    }

    private void seed(String... keys) {
        for (String key : keys) {
            emulator.putObject(bucket, key, key.getBytes());
        }
    }

    private List<String> seedMany(int count) {
        List<String> keys = IntStream.range(0, count).mapToObj(i -> String.format("key-%05d", i)).toList();
        keys.forEach(k -> emulator.putObject(bucket, k, new byte[1]));
        return keys;
    }

    private static List<String> keys(List<OSSObjectSummary> summaries) {
        return summaries.stream().map(OSSObjectSummary::getKey).toList();
    }
}
