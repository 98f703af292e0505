package io.ots2oss.testkit.config;

import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.testkit.engine.FrameworkErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A job as DataX's ConfigParser sees it: the job text after variable substitution, with {@code conf/core.json} merged
 * in without overwriting (a {@code core}/{@code common} section in the job wins).
 */
public final class JobConfig {

    private static final String BUILT_IN_CORE = "/io/ots2oss/testkit/core.json";

    private final JSONObject merged;
    private final JobSettings settings;

    private JobConfig(JSONObject merged) {
        this.merged = merged;
        this.settings = JobSettings.from(merged);
    }

    /** @param coreJson {@code $DATAX_HOME/conf/core.json}; the built-in defaults are used when it does not exist */
    public static JobConfig load(String jobText, Map<String, String> params, Path coreJson) {
        JSONObject job = parse(new VariableSubstitution(params).apply(jobText), "the job configuration");
        JsonTree.mergeMissing(job, readCore(coreJson));
        requireText(job, "job.content[0].reader.name");
        requireText(job, "job.content[0].writer.name");
        return new JobConfig(job);
    }

    /** DataX's built-in core defaults (the testkit's model of {@code conf/core.json}). */
    public static String builtInCoreJson() {
        try (InputStream in = JobConfig.class.getResourceAsStream(BUILT_IN_CORE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JobSettings settings() {
        return settings;
    }

    public String readerName() {
        return (String) JsonTree.at(merged, "job.content[0].reader.name");
    }

    public String writerName() {
        return (String) JsonTree.at(merged, "job.content[0].writer.name");
    }

    /** The reader's {@code parameter} as JSON text ({@code {}} when absent). */
    public String readerParameter() {
        return parameter("reader");
    }

    public String writerParameter() {
        return parameter("writer");
    }

    /** The merged configuration (job, core, common), for {@code ColumnCast.bind}. */
    public String mergedJson() {
        return merged.toJSONString();
    }

    /** The {@code job} section as Engine prints it at start, with secrets masked. */
    public String printableJob() {
        JSONObject job = merged.getJSONObject("job");
        return JSON.toJSONString(SensitiveKeys.masked(job == null ? new JSONObject() : job),
                com.alibaba.fastjson2.JSONWriter.Feature.PrettyFormat);
    }

    private String parameter(String side) {
        Object parameter = JsonTree.at(merged, "job.content[0]." + side + ".parameter");
        if (parameter != null && !(parameter instanceof JSONObject)) {
            throw JobSettings.configError("job.content[0]." + side + ".parameter", parameter, "a JSON object");
        }
        return parameter == null ? "{}" : ((JSONObject) parameter).toJSONString();
    }

    private static JSONObject readCore(Path coreJson) {
        try {
            String text = coreJson != null && Files.isRegularFile(coreJson)
                    ? Files.readString(coreJson) : builtInCoreJson();
            return parse(text, String.valueOf(coreJson));
        } catch (IOException e) {
            throw DataXException.asDataXException(FrameworkErrorCode.CONFIG_ERROR, "cannot read " + coreJson, e);
        }
    }

    private static JSONObject parse(String text, String what) {
        JSONObject object;
        try {
            object = JSON.parseObject(text);
        } catch (RuntimeException e) {
            // fastjson2 reports some truncated inputs with index exceptions rather than JSONException
            throw DataXException.asDataXException(FrameworkErrorCode.CONFIG_ERROR,
                    what + " is not valid JSON: " + e.getMessage());
        }
        if (object == null) {
            throw DataXException.asDataXException(FrameworkErrorCode.CONFIG_ERROR, what + " is empty.");
        }
        return object;
    }

    private static void requireText(JSONObject job, String path) {
        Object value = JsonTree.at(job, path);
        if (!(value instanceof String text) || text.isBlank()) {
            throw JobSettings.configError(path, value, "a plugin name");
        }
    }
}
