package io.ots2oss.testkit.plugins.collectwriter;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.plugin.RecordReceiver;
import com.alibaba.datax.common.spi.Writer;
import com.alibaba.datax.common.util.Configuration;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Test writer {@code collectwriter}: each task writes {@code <path>/task-<taskId>.jsonl}, one JSON array of
 * {@code {"type","text"}} cells per record. Parameters: {@code path} (required directory), {@code dirtyWhen}
 * (optional: a record with a cell whose text equals it is reported dirty instead of written).
 */
public class CollectWriter extends Writer {

    static final String PATH = "path";
    static final String DIRTY_WHEN = "dirtyWhen";

    public static class Job extends Writer.Job {

        @Override
        public void init() {
            Path dir = requiredPath(getPluginJobConf());
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                        "collectwriter: cannot create path " + dir, e);
            }
        }

        @Override
        public List<Configuration> split(int mandatoryNumber) {
            List<Configuration> slices = new ArrayList<>();
            for (int i = 0; i < mandatoryNumber; i++) {
                slices.add(getPluginJobConf().clone());
            }
            return slices;
        }

        @Override
        public void destroy() {
        }
    }

    public static class Task extends Writer.Task {

        private Path file;
        private String dirtyWhen;

        @Override
        public void init() {
            file = requiredPath(getPluginJobConf()).resolve("task-" + getTaskId() + ".jsonl");
            dirtyWhen = getPluginJobConf().getString(DIRTY_WHEN);
        }

        @Override
        public void startWrite(RecordReceiver receiver) {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                Record record;
                while ((record = receiver.getFromReader()) != null) {
                    JSONArray cells = cells(record);
                    if (dirtyWhen != null && matchesDirtyWhen(cells)) {
                        getTaskPluginCollector().collectDirtyRecord(record, "collectwriter: a cell equals dirtyWhen");
                        continue;
                    }
                    out.write(cells.toJSONString());
                    out.newLine();
                }
            } catch (IOException e) {
                throw DataXException.asDataXException(CommonErrorCode.RUNTIME_ERROR,
                        "collectwriter: cannot write " + file, e);
            }
        }

        @Override
        public void destroy() {
        }

        private boolean matchesDirtyWhen(JSONArray cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (dirtyWhen.equals(cells.getJSONObject(i).getString("text"))) {
                    return true;
                }
            }
            return false;
        }
    }

    static JSONArray cells(Record record) {
        JSONArray cells = new JSONArray(record.getColumnNumber());
        for (int i = 0; i < record.getColumnNumber(); i++) {
            cells.add(cell(record.getColumn(i)));
        }
        return cells;
    }

    private static JSONObject cell(Column column) {
        JSONObject cell = new JSONObject();
        if (column == null) {
            cell.put("type", "NULL");
            cell.put("text", null);
            return cell;
        }
        cell.put("type", column.getType().name());
        if (column.getRawData() == null) {
            cell.put("text", null);
        } else if (column.getType() == Column.Type.BYTES) {
            cell.put("text", Base64.getEncoder().encodeToString(column.asBytes()));
        } else {
            cell.put("text", column.asString());
        }
        if (column.getType() == Column.Type.DATE && column.getRawData() != null) {
            cell.put("epochMillis", column.asLong());
        }
        return cell;
    }

    static Path requiredPath(Configuration conf) {
        String path = conf.getString(PATH);
        if (path == null || path.isBlank()) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    "collectwriter: parameter 'path' is " + path + "; expected a directory to write task files to");
        }
        return Path.of(path);
    }
}
