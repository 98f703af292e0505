package io.ots2oss.osswriter.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.emulator.oss.OssEmulator;
import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

/** A DataX home with the packaged osswriter and the generator reader, and an OSS emulator to write into. */
final class WriterJobFixture implements AutoCloseable {
    static final String BUCKET = "it-bucket";
    static final String ACCESS_ID = "it-id";
    static final String ACCESS_KEY = "it-secret-key-never-logged";
    static final String TOKEN = "it-sts-token-never-logged";

    private final OssEmulator emulator;
    private final DataxHome home;

    WriterJobFixture(Path dir, boolean sts) {
        Path plugin = Paths.get("target", "datax", "plugin", "writer", "osswriter");
        Assumptions.assumeTrue(Files.isRegularFile(plugin.resolve("plugin.json")), "run after 'mvn package' laid out " + plugin);
        OssEmulator.Builder builder = OssEmulator.builder().bucket(BUCKET);
        this.emulator = (sts ? builder.securityToken(ACCESS_ID, ACCESS_KEY, TOKEN) : builder.credentials(ACCESS_ID, ACCESS_KEY)).start();
        this.home = DataxHome.create(dir);
        home.installPlugin(plugin);
        home.installGeneratorReader();
    }

    OssEmulator oss() {
        return emulator;
    }

    DataxHome home() {
        return home;
    }

    /** Writer parameters pointing at the emulator. */
    JSONObject writer() {
        JSONObject writer = new JSONObject();
        writer.put("endpoint", emulator.endpoint());
        writer.put("accessId", ACCESS_ID);
        writer.put("accessKey", ACCESS_KEY);
        writer.put("bucket", BUCKET);
        writer.put("object", "out/data");
        writer.put("writeMode", "truncate");
        writer.put("lineDelimiter", "\n");
        return writer;
    }

    /** A generator producing {@code count} rows per slice of a sequence id and a fixed text. */
    static JSONObject generated(long count, int slices, String text) {
        return JSON.parseObject("{\"count\":" + count + ",\"sliceCount\":" + slices + ",\"columns\":["
                + "{\"type\":\"LONG\",\"generator\":\"sequence\"},{\"type\":\"STRING\",\"value\":\"" + text + "\"}]}");
    }

    /** A generator emitting explicit rows ({@code [[{"type","value"}...]...]}) from one slice. */
    static JSONObject rows(String rowsJson) {
        return JSON.parseObject("{\"sliceCount\":1,\"rows\":" + rowsJson + "}");
    }

    JobResult run(JSONObject reader, JSONObject writer, int channels) {
        return run(reader, writer, channels, Map.of());
    }

    JobResult run(JSONObject reader, JSONObject writer, int channels, Map<String, String> params) {
        return run(reader, writer, JSON.parseObject("{\"speed\":{\"channel\":" + channels + "}}"), params);
    }

    /** Runs with the given {@code job.setting} (speed, errorLimit). */
    JobResult run(JSONObject reader, JSONObject writer, JSONObject setting, Map<String, String> params) {
        return run(reader, writer, setting, new JSONObject(), params);
    }

    /** Runs with the given {@code job.setting} and {@code core} section (which overrides DataX's core.json). */
    JobResult run(JSONObject reader, JSONObject writer, JSONObject setting, JSONObject core, Map<String, String> params) {
        JSONObject job = JSON.parseObject("{\"job\":{\"content\":[{}]}}");
        job.getJSONObject("job").put("setting", setting);
        if (!core.isEmpty()) {
            job.put("core", core);
        }
        JSONObject content = job.getJSONObject("job").getJSONArray("content").getJSONObject(0);
        content.put("reader", new JSONObject(Map.of("name", "generatorreader", "parameter", reader)));
        content.put("writer", new JSONObject(Map.of("name", "osswriter", "parameter", writer)));
        return new JobRunner(home).run(job.toJSONString(), params);
    }

    List<String> keys(String prefix) {
        return emulator.objectKeys(BUCKET).stream().filter(k -> k.startsWith(prefix)).sorted().collect(Collectors.toList());
    }

    byte[] bytes(String key) {
        return emulator.objectBytes(BUCKET, key);
    }

    String text(String key) {
        return new String(bytes(key), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        emulator.close();
    }
}
