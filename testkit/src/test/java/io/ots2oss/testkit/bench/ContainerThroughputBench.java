package io.ots2oss.testkit.bench;

import com.alibaba.fastjson2.JSON;
import io.ots2oss.testkit.DataxHome;
import io.ots2oss.testkit.JobResult;
import io.ots2oss.testkit.JobRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Throughput of the in-process container: generatorreader -> collectwriter (JSON lines on local disk).
 * {@code mvn -q -pl testkit exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.ots2oss.testkit.bench.ContainerThroughputBench -Dexec.args="1000000 4"}
 */
public final class ContainerThroughputBench {

    private ContainerThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        long recordsPerTask = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int channels = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = Files.createTempDirectory("testkit-bench");
        DataxHome home = DataxHome.create(dir.resolve("home"));
        home.installGeneratorReader();
        home.installCollectingWriter();
        String job = JSON.toJSONString(Map.of("job", Map.of(
                "setting", Map.of("speed", Map.of("channel", channels)),
                "content", List.of(Map.of(
                        "reader", Map.of("name", "generatorreader", "parameter", Map.of(
                                "count", recordsPerTask / channels, "columns", List.of(
                                        Map.of("type", "LONG", "generator", "sequence"),
                                        Map.of("type", "STRING", "generator", "random", "length", 32),
                                        Map.of("type", "DOUBLE", "generator", "random")))),
                        "writer", Map.of("name", "collectwriter", "parameter", Map.of(
                                "path", dir.resolve("out").toString())))))));
        JobResult result = new JobRunner(home).run(job, Map.of());
        double seconds = result.wallTime().toMillis() / 1000.0;
        System.out.println(result.summary());
        System.out.printf("container throughput: %d records, %d channels, %.2f s, %.0f records/s, %.1f MB/s (record bytes)%n",
                result.readRecords(), channels, seconds, result.readRecords() / seconds,
                result.bytes() / seconds / 1e6);
    }
}
