package io.ots2oss.testkit;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads what {@code collectwriter} wrote to its {@code path}: {@code task-<taskId>.jsonl}, one JSON array per record. */
public final class CollectedRecords {

    private static final Pattern TASK_FILE = Pattern.compile("task-(\\d+)\\.jsonl");

    private CollectedRecords() {
    }

    /** All records, by task id then in the order each task wrote them. */
    public static List<CollectedRecord> read(Path dir) {
        return byTask(dir).values().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    /** Each task's records, keyed by task id. */
    public static Map<Integer, List<CollectedRecord>> byTask(Path dir) {
        Map<Integer, List<CollectedRecord>> tasks = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Matcher matcher = TASK_FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    int taskId = Integer.parseInt(matcher.group(1));
                    tasks.put(taskId, readTaskFile(taskId, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read collected records in " + dir, e);
        }
        return tasks;
    }

    /** Records as strings ({@link CollectedRecord#toString()}), handy for assertions. */
    public static List<String> readAsStrings(Path dir) {
        return read(dir).stream().map(CollectedRecord::toString).collect(Collectors.toList());
    }

    private static List<CollectedRecord> readTaskFile(int taskId, Path file) throws IOException {
        List<CollectedRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JSONArray cells = JSON.parseArray(line);
            List<Cell> parsed = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                JSONObject cell = cells.getJSONObject(i);
                parsed.add(new Cell(cell.getString("type"), cell.getString("text"), cell.getLong("epochMillis")));
            }
            records.add(new CollectedRecord(taskId, parsed));
        }
        return records;
    }
}
