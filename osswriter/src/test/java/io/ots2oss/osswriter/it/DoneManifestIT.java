package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.testkit.JobResult;

class DoneManifestIT extends WriterJobTestBase {
    private static final String MANIFEST = "done/out-data.json";

    private JSONObject writerWithManifest() {
        JSONObject writer = fixture.writer();
        writer.put("markDoneFileName", MANIFEST);
        return writer;
    }

    private JSONObject manifest() {
        return JSON.parseObject(fixture.text(MANIFEST));
    }

    @Test
    void manifestListsEveryCommittedObjectWithItsSizeAndRecords() {
        JSONObject writer = writerWithManifest();
        writer.put("maxFileSize", 1);
        writer.put("blockSizeInMB", 1);
        JobResult result = fixture.run(WriterJobFixture.generated(20_000, 3, "m".repeat(60)), writer, 3);
        assertTrue(result.succeeded(), result.failureMessage());

        JSONObject manifest = manifest();
        JSONArray objects = manifest.getJSONArray("objects");
        List<String> listed = new ArrayList<>();
        long records = 0;
        for (int i = 0; i < objects.size(); i++) {
            JSONObject object = objects.getJSONObject(i);
            listed.add(object.getString("key"));
            assertEquals(fixture.bytes(object.getString("key")).length, object.getLongValue("size"), object.toString());
            assertEquals(fixture.text(object.getString("key")).split("\n").length, object.getLongValue("records"), object.toString());
            records += object.getLongValue("records");
        }
        assertEquals(fixture.keys("out/"), listed, "every object under the prefix, each committed before the manifest was rendered");
        assertTrue(listed.size() > 3, "objects rolled: " + listed);
        assertEquals(60_000, records);
        assertEquals(60_000, manifest.getJSONObject("totals").getLongValue("records"));
        assertEquals(listed.size(), manifest.getJSONObject("totals").getIntValue("objects"));
        assertEquals(WriterJobFixture.BUCKET, manifest.getString("bucket"));
        assertEquals("out/data", manifest.getString("object"));
    }

    @Test
    void manifestCarriesTheWindowTheReaderWasGiven() {
        JSONObject reader = WriterJobFixture.generated(3, 1, "w");
        reader.put("startTimestampMillis", "${start}");
        reader.put("endTimestampMillis", "${end}");
        JobResult result = fixture.run(reader, writerWithManifest(), 1, Map.of("start", "1700000000000", "end", "1700000300000"));
        assertTrue(result.succeeded(), result.failureMessage());
        JSONObject window = manifest().getJSONObject("window");
        assertEquals("1700000000000", window.getString("startTimestampMillis"));
        assertEquals("1700000300000", window.getString("endTimestampMillis"));
    }

    @Test
    void singleObjectModeListsTheOneObject() {
        JSONObject writer = writerWithManifest();
        writer.put("writeSingleObject", true);
        JobResult result = fixture.run(WriterJobFixture.generated(100, 2, "s"), writer, 2);
        assertTrue(result.succeeded(), result.failureMessage());
        JSONArray objects = manifest().getJSONArray("objects");
        assertEquals(1, objects.size());
        assertEquals("out/data", objects.getJSONObject(0).getString("key"));
        assertEquals(fixture.bytes("out/data").length, objects.getJSONObject(0).getLongValue("size"));
        assertEquals(200, objects.getJSONObject(0).getLongValue("records"));
    }

    @Test
    void failedJobWritesNoManifest() {
        JSONObject reader = WriterJobFixture.generated(100_000, 1, "f".repeat(100));
        reader.put("failAfterRecords", 30_000);
        JobResult result = fixture.run(reader, writerWithManifest(), 1);
        assertFalse(result.succeeded());
        assertFalse(fixture.oss().objectExists(WriterJobFixture.BUCKET, MANIFEST));
    }

    @Test
    void truncateRemovesTheManifestOfTheEarlierRunFirst() {
        assertTrue(fixture.run(WriterJobFixture.generated(10, 1, "a"), writerWithManifest(), 1).succeeded());
        assertTrue(fixture.oss().objectExists(WriterJobFixture.BUCKET, MANIFEST));

        JSONObject failing = WriterJobFixture.generated(100_000, 1, "b".repeat(100));
        failing.put("failAfterRecords", 30_000);
        assertFalse(fixture.run(failing, writerWithManifest(), 1).succeeded());
        assertFalse(fixture.oss().objectExists(WriterJobFixture.BUCKET, MANIFEST),
                "the old manifest no longer claims a window whose objects truncate deleted");
    }

    @Test
    void noManifestWithoutTheKey() {
        assertTrue(fixture.run(WriterJobFixture.generated(10, 1, "n"), fixture.writer(), 1).succeeded());
        assertEquals(List.of(), fixture.keys("done/"));
    }

    @Test
    void manifestKeyWithATrailingSlashIsRefusedNamingTheKey() {
        JSONObject writer = fixture.writer();
        writer.put("markDoneFileName", "done/");
        JobResult result = fixture.run(WriterJobFixture.generated(1, 1, "x"), writer, 1);
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("markDoneFileName") && result.failureMessage().contains("done/"),
                result.failureMessage());
    }
}
