package io.ots2oss.osswriter.manifest;

import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.alibaba.datax.common.util.Configuration;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.upload.OssGateway;

/**
 * The {@code markDoneFileName} object: written after every object of the job is committed, so that its presence
 * tells downstream jobs that the window's output is whole. It lists the objects (key, size, records), the window
 * the job was given (the reader's time keys, after {@code -p} substitution) and the totals.
 */
public final class DoneManifest {
    private static final Logger LOG = LoggerFactory.getLogger(DoneManifest.class);
    public static final String KEY = "markDoneFileName";
    /** The reader keys that carry the job's window, in the order they are reported. */
    private static final String[] WINDOW_KEYS = {"startTimestampMillis", "endTimestampMillis", "startTimeString",
            "endTimeString", "date", "timeZone"};

    private final String key;
    private final Map<String, Object> window;

    private DoneManifest(String key, Map<String, Object> window) {
        this.key = key;
        this.window = window;
    }

    /** The manifest the job asks for, or null when {@code markDoneFileName} is unset or blank. */
    public static DoneManifest of(Configuration writerParameter, Configuration readerParameter) {
        String name = writerParameter.getString(KEY);
        if (name == null || name.trim().isEmpty()) {
            return null;
        }
        name = name.trim();
        if (name.startsWith("/") || name.endsWith("/")) {
            throw ConfigError.illegal(KEY, name, "the full key of the manifest object, without a leading or "
                    + "trailing '/', e.g. exports/orders/_DONE.json");
        }
        if (name.equals(writerParameter.getString("object"))) {
            throw ConfigError.illegal(KEY, name, "a key other than 'object'");
        }
        Map<String, Object> window = new LinkedHashMap<String, Object>();
        for (String windowKey : WINDOW_KEYS) {
            Object value = readerParameter == null ? null : readerParameter.get(windowKey);
            if (value != null && !String.valueOf(value).trim().isEmpty()) {
                window.put(windowKey, value);
            }
        }
        return new DoneManifest(name, window);
    }

    public String key() {
        return key;
    }

    /**
     * Writes the manifest of what the job's tasks committed (and of {@code singleObject}, the object the job itself
     * committed in single-object mode, or null); the caller has committed every object before.
     */
    public void write(OssGateway gateway, String objectPrefix, JobLedger ledger, String singleObject, Date now) {
        List<CommittedObject> objects = new ArrayList<CommittedObject>(ledger.objects());
        if (singleObject != null) {
            objects.add(new CommittedObject(singleObject, gateway.sizeOf(singleObject), ledger.records()));
        }
        Collections.sort(objects, new Comparator<CommittedObject>() {
            @Override
            public int compare(CommittedObject a, CommittedObject b) {
                return a.key().compareTo(b.key());
            }
        });
        byte[] body = render(gateway.bucket(), objectPrefix, objects, ledger.records(), now);
        gateway.put(key, body, body.length);
        LOG.info("Wrote the manifest oss://{}/{} ({} objects, {} records)", gateway.bucket(), key, objects.size(),
                ledger.records());
    }

    byte[] render(String bucket, String objectPrefix, List<CommittedObject> objects, long records, Date now) {
        Map<String, Object> doc = new LinkedHashMap<String, Object>();
        doc.put("bucket", bucket);
        doc.put("object", objectPrefix);
        doc.put("window", window);
        List<Map<String, Object>> listed = new ArrayList<Map<String, Object>>();
        long bytes = 0;
        for (CommittedObject object : objects) {
            Map<String, Object> item = new LinkedHashMap<String, Object>();
            item.put("key", object.key());
            item.put("size", object.bytes());
            item.put("records", object.records());
            listed.add(item);
            bytes += object.bytes();
        }
        doc.put("objects", listed);
        Map<String, Object> totals = new LinkedHashMap<String, Object>();
        totals.put("objects", objects.size());
        totals.put("bytes", bytes);
        totals.put("records", records);
        doc.put("totals", totals);
        doc.put("completedAt", utc(now));
        return JSON.toJSONString(doc, JSONWriter.Feature.PrettyFormat).getBytes(StandardCharsets.UTF_8);
    }

    private static String utc(Date now) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(now);
    }
}
