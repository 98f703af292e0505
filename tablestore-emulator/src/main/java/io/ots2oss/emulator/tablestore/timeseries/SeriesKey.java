package io.ots2oss.emulator.tablestore.timeseries;

import com.alicloud.openservices.tablestore.core.protocol.timeseries.TimeseriesResponseFactory;
import io.ots2oss.emulator.tablestore.error.OtsError;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What identifies a series: measurement, data source and tags, the tags rendered as stored ({@code ["k=v",...]}, sorted by key). */
public record SeriesKey(String measurement, String dataSource, String tags) {

    public SeriesKey {
        if (measurement == null || measurement.isEmpty()) {
            throw OtsError.invalidParameter("The measurement name must not be empty.");
        }
        dataSource = dataSource == null ? "" : dataSource;
    }

    /** @param tagsText the tags as one string (used when non-empty), else {@code tagList} */
    public static SeriesKey of(String measurement, String dataSource, String tagsText, Map<String, String> tagList) {
        SortedMap<String, String> tags = new TreeMap<>(tagList);
        if (tagsText != null && !tagsText.isEmpty()) {
            try {
                tags.putAll(TimeseriesResponseFactory.parseTagsOrAttrs(tagsText));
            } catch (RuntimeException e) {
                throw OtsError.invalidParameter("Invalid tags: " + tagsText + ".");
            }
        }
        return new SeriesKey(measurement, dataSource, render(tags));
    }

    private static String render(SortedMap<String, String> tags) {
        StringBuilder out = new StringBuilder("[");
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            checkTagPart(tag.getKey(), "key");
            checkTagPart(tag.getValue(), "value");
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(tag.getKey()).append('=').append(tag.getValue()).append('"');
        }
        return out.append(']').toString();
    }

    private static void checkTagPart(String text, String what) {
        if (text == null || text.isEmpty() || text.indexOf('"') >= 0 || text.indexOf('=') >= 0) {
            throw OtsError.invalidParameter("Invalid tag " + what + ": \"" + text + "\" (must be non-empty, without '\"' or '=').");
        }
    }
}
