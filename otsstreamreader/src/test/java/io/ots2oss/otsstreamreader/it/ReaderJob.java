package io.ots2oss.otsstreamreader.it;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.testkit.CollectedRecord;
import io.ots2oss.testkit.CollectedRecords;
import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs otsstreamreader -> collectwriter jobs through the testkit and returns what the writer received. */
final class ReaderJob {
    static final Path PLUGIN_DIR = Paths.get("target", "datax", "plugin", "reader", "otsstreamreader");

    private final DataxHome home;
    private final Path work;
    private final AtomicInteger runs = new AtomicInteger();

    ReaderJob(Path work) {
        this.work = work;
        this.home = DataxHome.create(work.resolve("datax"));
        home.installPlugin(PLUGIN_DIR);
        home.installCollectingWriter();
    }

    Path confDir() {
        return home.confDir();
    }

    /** The reader parameters every test starts from (window keys are added by the test). */
    static JSONObject parameters(StreamFixture fixture, String table) {
        JSONObject p = new JSONObject();
        p.put("endpoint", fixture.emulator.endpoint());
        p.put("accessId", StreamFixture.ACCESS_ID);
        p.put("accessKey", StreamFixture.ACCESS_KEY);
        p.put("instanceName", fixture.emulator.instanceName());
        p.put("dataTable", table);
        p.put("statusTable", "status_" + table);
        p.put("maxRetries", 3);
        return p;
    }

    static JSONObject window(JSONObject p, long start, long end) {
        p.put("startTimestampMillis", start);
        p.put("endTimestampMillis", end);
        return p;
    }

    Result run(JSONObject readerParameter, int channels) {
        Path out = work.resolve("out-" + runs.incrementAndGet());
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JSONObject job = JSON.parseObject("{\"job\":{\"setting\":{\"speed\":{\"channel\":" + channels + "}},\"content\":[{}]}}");
        JSONObject content = job.getJSONObject("job").getJSONArray("content").getJSONObject(0);
        JSONObject reader = new JSONObject();
        reader.put("name", "otsstreamreader");
        reader.put("parameter", readerParameter);
        JSONObject writer = new JSONObject();
        writer.put("name", "collectwriter");
        JSONObject writerParameter = new JSONObject();
        writerParameter.put("path", out.toAbsolutePath().toString());
        writer.put("parameter", writerParameter);
        content.put("reader", reader);
        content.put("writer", writer);
        JobResult result = new JobRunner(home).run(job.toJSONString(), Collections.emptyMap());
        List<CollectedRecord> rows = result.succeeded() ? CollectedRecords.read(out) : Collections.emptyList();
        return new Result(result, rows);
    }

    static final class Result {
        final JobResult job;
        final List<CollectedRecord> records;

        Result(JobResult job, List<CollectedRecord> records) {
            this.job = job;
            this.records = records;
        }

        List<String> rows() {
            List<String> rows = new ArrayList<>();
            for (CollectedRecord r : records) {
                rows.add(r.toString());
            }
            return rows;
        }

        Result assertSucceeded() {
            if (!job.succeeded()) {
                throw new AssertionError("job failed: " + job.failureMessage() + "\n" + tail(job.log()), job.failure());
            }
            return this;
        }

        private static String tail(String log) {
            return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
        }
    }
}
