package io.ots2oss.bench;

import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;
import com.alibaba.fastjson2.JSONWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects results, prints them as a table and writes them as JSON. */
final class ResultReport {
    private final List<BenchResult> results = new ArrayList<>();
    private final Map<String, Object> parameters;
    private int latencyMillis;

    ResultReport(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    /** The emulated network latency of the runs added from now on. */
    void atLatency(int millis) {
        latencyMillis = millis;
    }

    void add(BenchResult result) {
        BenchResult stamped = result.atLatency(latencyMillis);
        results.add(stamped);
        System.out.println("  -> " + row(stamped));
        if (stamped.usage() != null) {
            System.out.println("     CPU µs/record by thread kind: " + format(stamped.usage().threadCpuMicrosPer(stamped.records())));
        }
    }

    private static String format(Map<String, Double> perKind) {
        StringBuilder sb = new StringBuilder();
        perKind.forEach((kind, micros) -> sb.append(sb.length() == 0 ? "" : ", ")
                .append(kind).append(' ').append(String.format(Locale.ROOT, "%.2f", micros)));
        return sb.toString();
    }

    List<BenchResult> results() {
        return results;
    }

    void printTable(PrintStream out) {
        out.println();
        out.println(header());
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        results.forEach(result -> out.println(row(result)));
    }

    static String header() {
        return "| suite | run | net ms | channels | records | MB written | wall s | records/s | CPU µs/record | alloc B/record | MB/s | heap after GC, peak MB | heap used, peak MB | first record ms | note |";
    }

    static String row(BenchResult r) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %s | %,d | %.1f | %.2f | %,.0f | %s | %s | %.1f | %s | %.0f | %s | %s |",
                r.suite(), r.name(), r.latencyMillis(), r.channels() == 0 ? "-" : String.valueOf(r.channels()), r.records(),
                r.bytes() / 1e6, r.wallMillis() / 1000.0, r.recordsPerSecond(),
                r.usage() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.cpuMicrosPerRecord()),
                r.usage() == null ? "-" : String.format(Locale.ROOT, "%,.0f", r.allocatedBytesPerRecord()),
                r.megabytesPerSecond(),
                r.peakLiveMb() < 0 ? "no GC" : String.format(Locale.ROOT, "%.0f", r.peakLiveMb()), r.peakUsedMb(),
                r.firstRecordMillis() < 0 ? "-" : String.valueOf(r.firstRecordMillis()), r.note());
    }

    void writeJson(Path file) throws IOException {
        JSONObject root = new JSONObject();
        root.put("generatedAt", Instant.now().toString());
        root.put("machine", machine());
        root.put("parameters", parameters);
        JSONArray rows = new JSONArray();
        for (BenchResult r : results) {
            JSONObject row = new JSONObject();
            row.put("suite", r.suite());
            row.put("name", r.name());
            row.put("channels", r.channels());
            row.put("records", r.records());
            row.put("bytesWritten", r.bytes());
            row.put("wallMillis", r.wallMillis());
            row.put("recordsPerSecond", Math.round(r.recordsPerSecond()));
            row.put("megabytesPerSecond", Math.round(r.megabytesPerSecond() * 10) / 10.0);
            row.put("peakHeapAfterGcMb", r.peakLiveMb() < 0 ? null : Math.round(r.peakLiveMb()));
            row.put("peakHeapUsedMb", Math.round(r.peakUsedMb()));
            row.put("firstRecordMillis", r.firstRecordMillis());
            row.put("note", r.note());
            row.put("latencyMillis", r.latencyMillis());
            if (r.usage() != null) {
                row.put("processCpuMillis", r.usage().processCpuNanos() / 1_000_000);
                row.put("cpuMicrosPerRecord", Math.round(r.cpuMicrosPerRecord() * 100) / 100.0);
                row.put("allocatedBytesPerRecord", Math.round(r.allocatedBytesPerRecord()));
                row.put("threadCpuMicrosPerRecord", r.usage().threadCpuMicrosPer(r.records()));
                row.put("otherThreadsCpuMillis", millis(r.usage().otherCpuNanos()));
            }
            rows.add(row);
        }
        root.put("results", rows);
        Files.createDirectories(file.getParent());
        Files.writeString(file, root.toJSONString(JSONWriter.Feature.PrettyFormat), StandardCharsets.UTF_8);
    }

    private static Map<String, Long> millis(Map<String, Long> nanos) {
        Map<String, Long> millis = new java.util.TreeMap<>();
        nanos.forEach((name, value) -> millis.put(name, value / 1_000_000));
        return millis;
    }

    static JSONObject machine() {
        JSONObject machine = new JSONObject();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return machine;
    }
}
