package io.ots2oss.tools.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.alibaba.datax.common.util.Configuration;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import io.ots2oss.otsstreamreader.config.CatalogDatasourceLookup;
import io.ots2oss.otsstreamreader.config.ReaderConfig;
import io.ots2oss.otsstreamreader.config.ReaderConfigParser;
import io.ots2oss.tools.dataworks.DataWorksConverter;

/**
 * The table, status table and credentials (or {@code datasource}) of a job file, read with the reader's own
 * parser so the tools see exactly what the job sees. The window keys are set aside: they hold the variables the
 * tools are there to compute.
 */
public final class JobTarget {
    static final List<String> WINDOW_KEYS = Arrays.asList("startTimestampMillis", "endTimestampMillis", "startTimeString",
            "endTimeString", "date");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)\\}?");

    private final ReaderConfig config;
    private final JSONObject rawReaderParameter;
    private final String jobText;

    private JobTarget(ReaderConfig config, JSONObject rawReaderParameter, String jobText) {
        this.config = config;
        this.rawReaderParameter = rawReaderParameter;
        this.jobText = jobText;
    }

    /** Reads a DataX job file or a DataWorks script; {@code params} are the job's {@code -p} values, if any. */
    public static JobTarget of(String text, Map<String, String> params) {
        String jobText = DataWorksConverter.isDataWorksScript(text) ? DataWorksConverter.convert(text).jobJson() : text;
        JSONObject job = JSON.parseObject(jobText);
        JSONObject reader = readerOf(job);
        String name = reader.getString("name");
        if (!"otsstreamreader".equals(name)) {
            throw new IllegalArgumentException("The job's reader is '" + name + "': the status tools read otsstreamreader's status table.");
        }
        JSONObject raw = reader.getJSONObject("parameter");
        JSONObject forParser = JSON.parseObject(substitute(raw.toJSONString(), params));
        for (String key : WINDOW_KEYS) {
            forParser.remove(key);
        }
        forParser.put("startTimestampMillis", 0L);
        forParser.put("endTimestampMillis", 1L);
        ReaderConfig config = new ReaderConfigParser(new CatalogDatasourceLookup(), System.getProperties())
                .parse(Configuration.from(forParser.toJSONString()));
        return new JobTarget(config, raw, jobText);
    }

    private static JSONObject readerOf(JSONObject job) {
        JSONObject section = job == null ? null : job.getJSONObject("job");
        JSONArray content = section == null ? null : section.getJSONArray("content");
        if (content == null || content.isEmpty() || content.getJSONObject(0).getJSONObject("reader") == null) {
            throw new IllegalArgumentException("Not a DataX job file with job.content[0].reader, nor a DataWorks script.");
        }
        return content.getJSONObject(0).getJSONObject("reader");
    }

    /** DataX's rule: {@code $name} and {@code ${name}} take the value of -p (or a system property) when one is set. */
    static String substitute(String text, Map<String, String> params) {
        Matcher m = VARIABLE.matcher(text);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            String value = params.containsKey(m.group(1)) ? params.get(m.group(1)) : System.getProperty(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.trim().isEmpty() ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public ReaderConfig config() {
        return config;
    }

    /** The reader parameter as written, variables unresolved. */
    JSONObject rawReaderParameter() {
        return rawReaderParameter;
    }

    /** The job's text (converted if it was a DataWorks script), variables unresolved. */
    String jobText() {
        return jobText;
    }
}
