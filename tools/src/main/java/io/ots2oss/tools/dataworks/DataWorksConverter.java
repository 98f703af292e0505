package io.ots2oss.tools.dataworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;

/**
 * Turns a DataWorks script-mode job (v1.0 {@code configuration} form or v2.0 {@code steps} form) into a DataX job
 * file with the same meaning: plugin names, error limit and speed mapped, {@code ${...}} variables kept for
 * {@code -p}, DataWorks-only keys dropped with a note, unevaluated {@code $[...]} expressions refused.
 */
public final class DataWorksConverter {
    /**
     * DataX's job container checks its tasks every {@code core.container.job.sleepInterval} ms (10,000 by default),
     * so every job lasts at least that long; the pair finishes a small window in well under 2 s.
     */
    public static final int JOB_SLEEP_INTERVAL_MILLIS = 200;
    private static final long MEGABYTE = 1024L * 1024L;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)\\}?");
    private static final Pattern SCHEDULING_EXPRESSION = Pattern.compile("\\$\\[([^\\]]*)\\]");
    private static final List<String> TOP_LEVEL_DROPPED = Arrays.asList("type", "version", "transform", "extend", "order");
    private static final List<String> PARAMETER_DROPPED = Arrays.asList("envType", "useSpecialSecret", "guid", "fieldDelimiterOrigin");
    private static final List<String> WINDOW_PAIRS = Arrays.asList("startTimestampMillis", "endTimestampMillis", "startTimeString", "endTimeString");

    private final List<String> notes = new ArrayList<String>();

    private DataWorksConverter() {
    }

    /** Whether the text is a DataWorks script (rather than a DataX job file). */
    public static boolean isDataWorksScript(String text) {
        try {
            JSONObject root = JSON.parseObject(AnnotatedJson.clean(text));
            return root != null && !root.containsKey("job") && (root.containsKey("configuration") || root.containsKey("steps"));
        } catch (JSONException e) {
            return false;
        }
    }

    public static Conversion convert(String text) {
        return new DataWorksConverter().run(text);
    }

    private Conversion run(String text) {
        String cleaned = AnnotatedJson.clean(text);
        refuseSchedulingExpressions(cleaned);
        JSONObject root;
        try {
            root = JSON.parseObject(cleaned);
        } catch (JSONException e) {
            throw new ConversionException("Not JSON, even without '#' annotations and trailing commas: " + e.getMessage());
        }
        if (root == null) {
            throw new ConversionException("The script is empty.");
        }
        if (root.containsKey("job")) {
            throw new ConversionException("This is already a DataX job file (it has 'job'); run it as it is.");
        }
        Steps steps;
        JSONObject setting;
        if (root.containsKey("configuration")) {
            JSONObject configuration = object(root, "configuration", "configuration");
            steps = versionOneSteps(configuration);
            setting = configuration.getJSONObject("setting");
            noteDroppedKeys(configuration, "configuration", Arrays.asList("reader", "writer", "setting"));
        } else if (root.containsKey("steps")) {
            steps = versionTwoSteps(root);
            setting = root.getJSONObject("setting");
        } else {
            throw new ConversionException("Neither a DataWorks v1.0 script ('configuration' with 'reader' and 'writer') nor a "
                    + "v2.0 script ('steps' and 'order'): found the keys " + root.keySet() + ".");
        }
        for (String key : TOP_LEVEL_DROPPED) {
            if (root.containsKey(key)) {
                notes.add("Dropped '" + key + "' (" + JSON.toJSONString(root.get(key)) + "): DataWorks-only, DataX has no equivalent.");
            }
        }

        JSONObject job = new JSONObject();
        JSONObject jobSection = new JSONObject();
        job.put("job", jobSection);
        JSONObject core = new JSONObject();
        jobSection.put("setting", setting(setting == null ? new JSONObject() : setting, core));
        JSONObject content = new JSONObject();
        content.put("reader", plugin(steps.reader, "reader"));
        content.put("writer", plugin(steps.writer, "writer"));
        JSONArray contents = new JSONArray();
        contents.add(content);
        jobSection.put("content", contents);
        path(core, "container", "job").put("sleepInterval", JOB_SLEEP_INTERVAL_MILLIS);
        job.put("core", core);
        return new Conversion(job, notes, variables(job.toJSONString()));
    }

    private static final class Steps {
        final JSONObject reader;
        final JSONObject writer;

        Steps(JSONObject reader, JSONObject writer) {
            this.reader = reader;
            this.writer = writer;
        }
    }

    private Steps versionOneSteps(JSONObject configuration) {
        JSONObject reader = object(configuration, "reader", "configuration.reader");
        JSONObject writer = object(configuration, "writer", "configuration.writer");
        return new Steps(step(reader, "plugin", "configuration.reader"), step(writer, "plugin", "configuration.writer"));
    }

    private Steps versionTwoSteps(JSONObject root) {
        JSONArray steps = root.getJSONArray("steps");
        JSONObject reader = null;
        JSONObject writer = null;
        List<String> others = new ArrayList<String>();
        for (int i = 0; i < steps.size(); i++) {
            JSONObject step = steps.getJSONObject(i);
            String category = step.getString("category");
            String name = step.getString("name");
            if ("reader".equalsIgnoreCase(category) || category == null && "Reader".equals(name)) {
                reader = single(reader, step, "reader");
            } else if ("writer".equalsIgnoreCase(category) || category == null && "Writer".equals(name)) {
                writer = single(writer, step, "writer");
            } else {
                others.add(name + " (" + step.getString("stepType") + ")");
            }
        }
        if (!others.isEmpty()) {
            throw new ConversionException("The steps " + others + " are neither the reader nor the writer: DataWorks processing "
                    + "steps have no DataX equivalent. Remove them, or do that processing downstream.");
        }
        if (reader == null || writer == null) {
            throw new ConversionException("'steps' must hold one step with \"category\": \"reader\" and one with "
                    + "\"category\": \"writer\"; found " + steps.size() + " steps.");
        }
        return new Steps(step(reader, "stepType", "steps[reader]"), step(writer, "stepType", "steps[writer]"));
    }

    private static JSONObject single(JSONObject found, JSONObject step, String category) {
        if (found != null) {
            throw new ConversionException("'steps' holds more than one " + category + " step; DataX runs one reader and one writer.");
        }
        return step;
    }

    /** Normalises a step to {@code {"plugin": ..., "parameter": ...}}. */
    private static JSONObject step(JSONObject source, String pluginKey, String where) {
        String plugin = source.getString(pluginKey);
        if (plugin == null || plugin.trim().isEmpty()) {
            throw new ConversionException("'" + where + "." + pluginKey + "' is missing: it names the plugin (e.g. otsstream, oss).");
        }
        JSONObject parameter = source.getJSONObject("parameter");
        JSONObject normal = new JSONObject();
        normal.put("plugin", plugin.trim());
        normal.put("parameter", parameter == null ? new JSONObject() : parameter);
        normal.put("where", where);
        return normal;
    }

    private JSONObject plugin(JSONObject step, String role) {
        String dataWorksName = step.getString("plugin");
        String name = dataWorksName.endsWith(role) ? dataWorksName : dataWorksName + role;
        if (!name.equals(dataWorksName)) {
            notes.add("Plugin " + step.getString("where") + " '" + dataWorksName + "' -> '" + name + "'.");
        }
        JSONObject parameter = new JSONObject(step.getJSONObject("parameter"));
        for (String key : PARAMETER_DROPPED) {
            if (parameter.containsKey(key)) {
                notes.add("Dropped " + role + " parameter '" + key + "' (" + JSON.toJSONString(parameter.remove(key))
                        + "): DataWorks-only.");
            }
        }
        if ("reader".equals(role) && parameter.containsKey("date") && hasWindowPair(parameter)) {
            notes.add("Dropped reader parameter 'date' (" + JSON.toJSONString(parameter.remove("date")) + "): the window is "
                    + "already given by the start/end keys, and a reader accepts only one time form (the guide says "
                    + "to delete it).");
        }
        JSONObject plugin = new JSONObject();
        plugin.put("name", name);
        plugin.put("parameter", parameter);
        return plugin;
    }

    private static boolean hasWindowPair(JSONObject parameter) {
        for (String key : WINDOW_PAIRS) {
            Object value = parameter.get(key);
            if (value != null && !String.valueOf(value).trim().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private JSONObject setting(JSONObject source, JSONObject core) {
        JSONObject setting = new JSONObject();
        JSONObject errorLimit = source.getJSONObject("errorLimit");
        if (errorLimit != null) {
            JSONObject limit = new JSONObject();
            copyNumber(errorLimit, "record", limit, "setting.errorLimit.record");
            copyNumber(errorLimit, "percentage", limit, "setting.errorLimit.percentage");
            setting.put("errorLimit", limit);
        }
        setting.put("speed", speed(source.getJSONObject("speed"), core));
        for (String key : source.keySet()) {
            if (!"errorLimit".equals(key) && !"speed".equals(key)) {
                notes.add("Dropped 'setting." + key + "' (" + JSON.toJSONString(source.get(key)) + "): DataWorks-only.");
            }
        }
        return setting;
    }

    private JSONObject speed(JSONObject source, JSONObject core) {
        JSONObject speed = new JSONObject();
        if (source == null) {
            source = new JSONObject();
        }
        Number channels = number(source, "concurrent", "setting.speed.concurrent");
        if (channels == null) {
            channels = number(source, "channel", "setting.speed.channel");
        }
        int channel = channels == null ? 1 : channels.intValue();
        if (channel < 1) {
            throw new ConversionException("'setting.speed.concurrent' is " + channels + ": expected an integer >= 1.");
        }
        if (channels == null) {
            notes.add("No 'setting.speed.concurrent': using 1 channel (DataX requires a speed).");
        }
        speed.put("channel", channel);
        Number mbps = number(source, "mbps", "setting.speed.mbps");
        Object throttle = source.get("throttle");
        if (mbps != null) {
            if (throttle != null && !Boolean.parseBoolean(String.valueOf(throttle))) {
                notes.add("Ignored 'setting.speed.mbps' (" + mbps + "): 'throttle' is false, so DataWorks does not limit the rate either.");
            } else {
                long perChannel = (long) Math.floor(mbps.doubleValue() * MEGABYTE / channel);
                if (perChannel < 1) {
                    throw new ConversionException("'setting.speed.mbps' is " + mbps + ": expected a positive number of MB/s.");
                }
                speed.put("byte", perChannel * channel);
                path(core, "transport", "channel", "speed").put("byte", perChannel);
                notes.add("'setting.speed.mbps' " + mbps + " MB/s -> job.setting.speed.byte " + perChannel * channel
                        + " with core.transport.channel.speed.byte " + perChannel + " (DataX rejects a job byte limit "
                        + "without a per-channel one; " + channel + " channels of " + perChannel + " bytes/s).");
            }
        }
        Number record = number(source, "record", "setting.speed.record");
        if (record != null) {
            speed.put("record", record);
            notes.add("Kept 'setting.speed.record' " + record + "; DataX needs core.transport.channel.speed.record with it "
                    + "(set to record / channels).");
            path(core, "transport", "channel", "speed").put("record", Math.max(1, record.longValue() / channel));
        }
        Number bytes = number(source, "byte", "setting.speed.byte");
        if (bytes != null && mbps == null) {
            speed.put("byte", bytes);
            path(core, "transport", "channel", "speed").put("byte", Math.max(1, bytes.longValue() / channel));
        }
        for (String key : source.keySet()) {
            if (!Arrays.asList("concurrent", "channel", "mbps", "throttle", "record", "byte").contains(key)) {
                notes.add("Dropped 'setting.speed." + key + "' (" + JSON.toJSONString(source.get(key)) + "): no DataX equivalent.");
            }
        }
        if (throttle != null && mbps == null) {
            notes.add("Dropped 'setting.speed.throttle' (" + throttle + "): without 'mbps' there is no limit to apply.");
        }
        return speed;
    }

    private static void copyNumber(JSONObject from, String key, JSONObject to, String where) {
        Number value = number(from, key, where);
        if (value != null) {
            to.put(key, value);
        }
    }

    /** DataWorks writes numbers as strings ("0", "1"); DataX's getters take either, but the output uses numbers. */
    private static Number number(JSONObject from, String key, String where) {
        Object raw = from.get(key);
        if (raw == null || String.valueOf(raw).trim().isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(String.valueOf(raw).trim());
            if (value.signum() < 0) {
                throw new NumberFormatException();
            }
            return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0 ? (Number) value.longValueExact() : value.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConversionException("'" + where + "' is " + JSON.toJSONString(raw) + ": expected a non-negative number.");
        }
    }

    private void noteDroppedKeys(JSONObject section, String where, List<String> kept) {
        for (String key : section.keySet()) {
            if (!kept.contains(key)) {
                notes.add("Dropped '" + where + "." + key + "' (" + JSON.toJSONString(section.get(key)) + "): DataWorks-only.");
            }
        }
    }

    private static JSONObject object(JSONObject parent, String key, String where) {
        Object value = parent.get(key);
        if (!(value instanceof JSONObject)) {
            throw new ConversionException("'" + where + "' must be a JSON object; it is " + JSON.toJSONString(value) + ".");
        }
        return (JSONObject) value;
    }

    private static JSONObject path(JSONObject root, String... keys) {
        JSONObject node = root;
        for (String key : keys) {
            JSONObject next = node.getJSONObject(key);
            if (next == null) {
                next = new JSONObject();
                node.put(key, next);
            }
            node = next;
        }
        return node;
    }

    private static Set<String> variables(String json) {
        Set<String> names = new LinkedHashSet<String>();
        Matcher m = VARIABLE.matcher(json);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** {@code $[...]} is evaluated by DataWorks' scheduler only; DataX would pass it on literally. */
    private static void refuseSchedulingExpressions(String text) {
        Matcher m = Pattern.compile("\"([^\"]*)\"\\s*:\\s*\"([^\"]*\\$\\[[^\"]*)\"").matcher(text);
        List<String> problems = new ArrayList<String>();
        List<String> params = new ArrayList<String>();
        while (m.find()) {
            String key = m.group(1);
            String value = m.group(2);
            String variable = variableFor(key);
            Matcher expression = SCHEDULING_EXPRESSION.matcher(value);
            String example = expression.find() ? example(expression.group(1)) : "<value>";
            problems.add("'" + key + "' is \"" + value + "\": replace it with \"${" + variable + "}\"");
            params.add("-D" + variable + "=" + example);
        }
        if (problems.isEmpty() && SCHEDULING_EXPRESSION.matcher(text).find()) {
            problems.add("the script holds a $[...] expression");
            params.add("-Dname=<value>");
        }
        if (!problems.isEmpty()) {
            throw new ConversionException("DataWorks scheduling expressions ($[...]) are evaluated by DataWorks' scheduler; "
                    + "DataX never evaluates them. " + String.join("; ", problems) + ", and pass the value when running:\n"
                    + "  python bin/datax.py job.json -p \"" + String.join(" ", params) + "\"\n"
                    + "(bin/ots2oss next-window job.json prints these arguments for chained windows).");
        }
    }

    private static String variableFor(String key) {
        if (key.startsWith("start")) {
            return "start_time";
        }
        if (key.startsWith("end")) {
            return "end_time";
        }
        return key.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT).replaceAll("\\W", "_");
    }

    private static String example(String expression) {
        String e = expression.trim().toLowerCase(java.util.Locale.ROOT);
        if (e.startsWith("yyyymmddhh24miss")) {
            return "<yyyyMMddHHmmss, e.g. 20240101101000>";
        }
        if (e.startsWith("yyyymmdd")) {
            return "<yyyyMMdd, e.g. 20240101>";
        }
        return "<value of $[" + expression + "]>";
    }

}
