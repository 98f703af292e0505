package io.ots2oss.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU and allocation of one run of the job in this JVM: the process's CPU time, the CPU of every native thread (Java
 * threads, GC and JIT workers alike, read from {@code /proc/self/task}) sorted into kinds by thread name, and the bytes
 * the Java threads allocated. Threads are sampled every {@value #SAMPLE_MILLIS} ms, so a thread that lives and dies
 * between two samples is missed (pool threads live for the whole run; the process total misses nothing).
 */
final class CpuWatch implements AutoCloseable {
    static final int SAMPLE_MILLIS = 250;
    private static final Path TASKS = Paths.get("/proc/self/task");
    private static final String SAMPLER_KIND = "bench sampler";

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<String, long[]> nativeCpu = new HashMap<>();    // tid -> {first seen ns, last seen ns}
    private final Map<String, String> nativeNames = new HashMap<>();
    private final Map<Long, long[]> allocated = new HashMap<>();       // java thread id -> {first, last}
    private final long processCpuStart;
    private final Thread sampler;
    private boolean baseline = true;
    private volatile boolean running = true;
    private Usage usage;

    private CpuWatch() {
        threads.setThreadAllocatedMemoryEnabled(true);
        sampleAll();
        baseline = false;
        processCpuStart = os.getProcessCpuTime();
        sampler = new Thread(this::sampleLoop, "bench-cpu-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static CpuWatch start() {
        return new CpuWatch();
    }

    private void sampleLoop() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            sampleAll();
        }
    }

    private synchronized void sampleAll() {
        sampleNativeThreads();
        sampleAllocations();
    }

    private void sampleNativeThreads() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String tid = task.getFileName().toString();
                long cpu = onCpuNanos(task);
                if (cpu < 0) {
                    continue;
                }
                long[] span = nativeCpu.get(tid);
                if (span == null) {
                    nativeCpu.put(tid, new long[] {baseline ? cpu : 0, cpu});
                    nativeNames.put(tid, name(task));
                } else {
                    span[1] = cpu;
                    if (nativeNames.get(tid).isEmpty()) {
                        nativeNames.put(tid, name(task));
                    }
                }
            }
        } catch (IOException e) {
            // not Linux, or /proc unreadable: only the process total is measured
        }
    }

    /** First field of schedstat: time spent on a CPU, in nanoseconds. */
    private static long onCpuNanos(Path task) {
        try {
            String schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII);
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return -1; // the thread ended meanwhile
        }
    }

    private static String name(Path task) {
        try {
            return Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private void sampleAllocations() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] < 0) {
                continue;
            }
            long[] span = allocated.get(ids[i]);
            if (span == null) {
                // A thread first seen after the baseline was born during the run: all it allocated counts.
                allocated.put(ids[i], new long[] {baseline ? bytes[i] : 0, bytes[i]});
            } else {
                span[1] = bytes[i];
            }
        }
    }

    /** Stops sampling and returns what the run used. */
    Usage stop() {
        if (usage != null) {
            return usage;
        }
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampleAll();
        long processCpu = os.getProcessCpuTime() - processCpuStart;
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> otherNames = new TreeMap<>();
        for (Map.Entry<String, long[]> entry : nativeCpu.entrySet()) {
            long used = entry.getValue()[1] - entry.getValue()[0];
            if (used <= 0) {
                continue;
            }
            String name = nativeNames.get(entry.getKey());
            String kind = kindOf(name);
            byKind.merge(kind, used, Long::sum);
            if (kind.equals("other")) {
                otherNames.merge(name.replaceAll("[0-9]+", "#"), used, Long::sum);
            }
        }
        long allocatedBytes = 0;
        for (Map.Entry<Long, long[]> entry : allocated.entrySet()) {
            if (entry.getKey() != sampler.getId()) {
                allocatedBytes += entry.getValue()[1] - entry.getValue()[0];
            }
        }
        // The sampler is the benchmark's, not the job's.
        Long samplerCpu = byKind.remove(SAMPLER_KIND);
        usage = new Usage(processCpu - (samplerCpu == null ? 0 : samplerCpu), byKind, otherNames, allocatedBytes);
        return usage;
    }

    /** Thread kinds by their (15-character) native names: ours, the SDKs', the testkit's, the JVM's. */
    static String kindOf(String name) {
        if (name.startsWith("otsstreamreader")) {
            return "reader threads";
        }
        if (name.startsWith("I/O dispatcher") || name.startsWith("ots-") || name.contains("callback")) {
            return "tablestore sdk io";
        }
        if (name.startsWith("osswriter")) {
            return "writer uploads";
        }
        if (name.endsWith("-writer")) {
            return "writer tasks";
        }
        if (name.endsWith("-reader")) {
            return "reader tasks";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Periodic")) {
            return "gc";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("bench-cpu-watch")) {
            return SAMPLER_KIND;
        }
        return "other";
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * @param processCpuNanos CPU of the whole JVM during the run, less the sampler's own
     * @param threadCpuNanos  CPU per thread kind (see {@link #kindOf})
     * @param otherCpuNanos   CPU of the threads of kind "other", by name with digits folded
     * @param allocatedBytes  bytes allocated by Java threads during the run
     */
    record Usage(long processCpuNanos, Map<String, Long> threadCpuNanos, Map<String, Long> otherCpuNanos, long allocatedBytes) {

        double cpuMicrosPer(long records) {
            return records == 0 ? 0 : processCpuNanos / 1000.0 / records;
        }

        double allocatedBytesPer(long records) {
            return records == 0 ? 0 : (double) allocatedBytes / records;
        }

        Map<String, Double> threadCpuMicrosPer(long records) {
            Map<String, Double> per = new LinkedHashMap<>();
            threadCpuNanos.forEach((kind, nanos) -> per.put(kind, records == 0 ? 0 : nanos / 1000.0 / records));
            return per;
        }
    }
}
