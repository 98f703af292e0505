package io.ots2oss.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

/** bin/ots2oss as shipped, run by sh from a DataX home that has only DataX's lib/ and the unpacked tree. */
class ToolsLaunchIT {
    private static final Path DIST = Path.of(System.getProperty("dist.directory", "../target"));
    private static final Set<String> DATAX_LIB = Set.of(System.getProperty("datax.lib.artifacts",
            "datax-api,fastjson2,slf4j-api,logback-classic,logback-core").split(","));

    @TempDir
    Path home;

    @Test
    void convertRunsFromTheDataxHomeOnItsLibAndTheReaderPlugin() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DIST.resolve("datax/bin/ots2oss")), "run after 'mvn package'");
        copyTree(DIST.resolve("datax"), home);
        Path lib = Files.createDirectories(home.resolve("lib"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && DATAX_LIB.contains(PluginPackagingIT.artifactName(name))) {
                Files.copy(Path.of(entry), lib.resolve(name));
            }
        }
        Path script = home.resolve("dataworks.json");
        Files.writeString(script, String.join("\n",
                "{\"type\": \"job\", \"version\": \"1.0\", # annotated like the guide",
                " \"configuration\": {\"setting\": {\"errorLimit\": {\"record\": \"0\"}, \"speed\": {\"concurrent\": \"2\"}},",
                "  \"reader\": {\"plugin\": \"otsstream\", \"parameter\": {\"datasource\": \"my_ots\", \"dataTable\": \"orders\",",
                "    \"statusTable\": \"status\", \"startTimestampMillis\": \"${start_time}\", \"endTimestampMillis\": \"${end_time}\"}},",
                "  \"writer\": {\"plugin\": \"oss\", \"parameter\": {\"datasource\": \"my_oss\", \"object\": \"exports/orders\"}}}}"));

        Process process = new ProcessBuilder("sh", home.resolve("bin/ots2oss").toString(), "convert", script.toString())
                .redirectError(home.resolve("stderr.txt").toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(home.resolve("stderr.txt"));
        assertEquals(0, process.exitValue(), err);

        JSONObject job = JSON.parseObject(out);
        assertEquals("otsstreamreader", job.getJSONObject("job").getJSONArray("content").getJSONObject(0)
                .getJSONObject("reader").getString("name"));
        assertEquals(2, job.getJSONObject("job").getJSONObject("setting").getJSONObject("speed").getIntValue("channel"));
        assertTrue(err.contains("-Dend_time=... -Dstart_time=..."), err);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

}
