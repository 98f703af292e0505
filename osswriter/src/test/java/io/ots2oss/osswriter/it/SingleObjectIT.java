package io.ots2oss.osswriter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.testkit.JobResult;

class SingleObjectIT extends WriterJobTestBase {
    private JSONObject singleWriter() {
        JSONObject writer = fixture.writer();
        writer.put("object", "out/all.csv");
        writer.put("writeSingleObject", true);
        writer.put("fileFormat", "csv");
        writer.put("blockSizeInMB", 1);
        writer.put("header", List.of("id", "v"));
        return writer;
    }

    @Test
    void severalTasksFormOneObjectWithOneHeader() {
        String pad = "q".repeat(80);
        JobResult result = fixture.run(WriterJobFixture.generated(20_000, 3, pad), singleWriter(), 3);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(List.of("out/all.csv"), fixture.keys("out/"));
        List<String> lines = new ArrayList<>(Arrays.asList(fixture.text("out/all.csv").split("\n")));
        assertEquals("id,v", lines.remove(0));
        assertEquals(60_000, lines.size());
        List<Long> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(Long.parseLong(line.substring(0, line.indexOf(','))));
        }
        Collections.sort(ids);
        for (int i = 0; i < 60_000; i++) {
            assertEquals(i, ids.get(i));
        }
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    @Test
    void noDataMeansNoObject() {
        JobResult result = fixture.run(WriterJobFixture.generated(0, 2, "v"), singleWriter(), 2);
        assertTrue(result.succeeded(), result.failureMessage());
        assertEquals(List.of(), fixture.keys(""));
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    @Test
    void failedTaskLeavesNoObjectAndNoUpload() {
        JSONObject reader = WriterJobFixture.generated(50_000, 2, "x".repeat(60));
        reader.put("failAfterRecords", 40_000);
        JobResult result = fixture.run(reader, singleWriter(), 2);
        assertFalse(result.succeeded());
        assertEquals(List.of(), fixture.keys(""));
        assertTrue(fixture.oss().inProgressUploads(WriterJobFixture.BUCKET).isEmpty());
    }

    @Test
    void appendIsRejected() {
        JSONObject writer = singleWriter();
        writer.put("writeMode", "append");
        JobResult result = fixture.run(WriterJobFixture.generated(1, 1, "v"), writer, 1);
        assertFalse(result.succeeded());
        assertTrue(result.failureMessage().contains("writeMode"), result.failureMessage());
    }
}
