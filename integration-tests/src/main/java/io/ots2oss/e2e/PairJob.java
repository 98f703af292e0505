package io.ots2oss.e2e;

import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;
import com.alibaba.fastjson2.JSONWriter;

import java.util.List;
import java.util.Map;

/**
 * Builds the DataX job users already run: otsstreamreader over a window given as {@code ${start_time}} /
 * {@code ${end_time}}, osswriter to {@code instance/table/${date}} in truncate mode. Every key can be overridden,
 * removed or added, so tests can also build the wrong jobs users write.
 */
public final class PairJob {
    public static final String ROW_MODE = "single_version_and_update_only";

    private final JSONObject setting = new JSONObject();
    private final JSONObject reader = new JSONObject();
    private final JSONObject writer = new JSONObject();
    private String readerName = PluginTree.READER;
    private String writerName = PluginTree.WRITER;

    private PairJob() {
    }

    /** The job shape of the quick start, connected to the given services. */
    public static PairJob standard(Services services, String table, String bucket) {
        PairJob job = new PairJob();
        job.setting.put("speed", new JSONObject(Map.of("channel", 4)));
        job.setting.put("errorLimit", new JSONObject(Map.of("record", 0)));

        job.reader.put("endpoint", services.tablestoreEndpoint());
        job.reader.put("accessId", services.accessId());
        job.reader.put("accessKey", services.accessKey());
        job.reader.put("instanceName", services.instanceName());
        job.reader.put("dataTable", table);
        job.reader.put("statusTable", table + "_datax_status");
        job.reader.put("startTimestampMillis", "${start_time}");
        job.reader.put("endTimestampMillis", "${end_time}");
        job.reader.put("maxRetries", 30);

        job.writer.put("endpoint", services.ossEndpoint());
        job.writer.put("accessId", services.accessId());
        job.writer.put("accessKey", services.accessKey());
        job.writer.put("bucket", bucket);
        job.writer.put("object", services.instanceName() + "/" + table + "/${date}");
        job.writer.put("writeMode", "truncate");
        job.writer.put("fileFormat", "csv");
        job.writer.put("encoding", "UTF-8");
        job.writer.put("nullFormat", "\\N");
        job.writer.put("dateFormat", "yyyy-MM-dd HH:mm:ss");
        job.writer.put("fieldDelimiter", ",");
        return job;
    }

    /** Row mode with the given columns (the reader's {@code column} list of {"name": ...} maps). */
    public PairJob rowMode(List<String> columns) {
        reader.put("mode", ROW_MODE);
        JSONArray list = new JSONArray();
        columns.forEach(name -> list.add(new JSONObject(Map.of("name", name))));
        reader.put("column", list);
        return this;
    }

    public PairJob multiVersionMode() {
        reader.remove("mode");
        reader.remove("column");
        return this;
    }

    public PairJob channels(int channels) {
        setting.getJSONObject("speed").put("channel", channels);
        return this;
    }

    public PairJob reader(String key, Object value) {
        reader.put(key, value);
        return this;
    }

    public PairJob writer(String key, Object value) {
        writer.put(key, value);
        return this;
    }

    public PairJob withoutReader(String key) {
        reader.remove(key);
        return this;
    }

    public PairJob withoutWriter(String key) {
        writer.remove(key);
        return this;
    }

    /** Swaps the reader for another plugin (e.g. a generator, to measure the writer alone). */
    public PairJob replaceReader(String name, Map<String, ?> parameter) {
        readerName = name;
        reader.clear();
        reader.putAll(parameter);
        return this;
    }

    /** Swaps the writer for another plugin (e.g. one that discards, to measure the reader alone). */
    public PairJob replaceWriter(String name, Map<String, ?> parameter) {
        writerName = name;
        writer.clear();
        writer.putAll(parameter);
        return this;
    }

    /** Replaces endpoint and keys on both sides with names of a datasource catalog. */
    public PairJob viaDatasources(String tablestoreDatasource, String ossDatasource) {
        for (String key : List.of("endpoint", "accessId", "accessKey", "instanceName")) {
            reader.remove(key);
        }
        for (String key : List.of("endpoint", "accessId", "accessKey")) {
            writer.remove(key);
        }
        reader.put("datasource", tablestoreDatasource);
        writer.put("datasource", ossDatasource);
        return this;
    }

    /** The writer's object prefix, with {@code ${date}} replaced by the given value. */
    public String objectPrefix(String date) {
        return writer.getString("object").replace("${date}", date);
    }

    public String toJson() {
        JSONObject content = new JSONObject();
        content.put("reader", plugin(readerName, reader));
        content.put("writer", plugin(writerName, writer));
        JSONObject job = new JSONObject();
        job.put("setting", setting);
        job.put("content", new JSONArray(List.of(content)));
        JSONObject root = new JSONObject();
        root.put("job", job);
        root.put("core", sleepInterval());
        return root.toJSONString(JSONWriter.Feature.PrettyFormat);
    }

    /**
     * DataX's job container looks at its tasks every {@code core.container.job.sleepInterval} ms, 10,000 by default:
     * a window the pair exports in under 2 s would take at least 10 s. A job file may lower it.
     */
    private static JSONObject sleepInterval() {
        return new JSONObject(Map.of("container", new JSONObject(Map.of("job", new JSONObject(Map.of("sleepInterval", 200))))));
    }

    private static JSONObject plugin(String name, JSONObject parameter) {
        JSONObject plugin = new JSONObject();
        plugin.put("name", name);
        plugin.put("parameter", parameter);
        return plugin;
    }
}
