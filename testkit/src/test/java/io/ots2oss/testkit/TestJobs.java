package io.ots2oss.testkit;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import io.ots2oss.testkit.testlibs.PrivateLib;
import io.ots2oss.testkit.testplugins.recordingreader.RecordingReader;
import io.ots2oss.testkit.testplugins.recordingwriter.RecordingWriter;
import io.ots2oss.testkit.testplugins.support.PluginProbe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds homes with the recording test plugins and job JSON for the tests. */
final class TestJobs {

    private TestJobs() {
    }

    /** A home with recordingreader (which ships PrivateLib in its libs/) and recordingwriter, built from test classes. */
    static DataxHome homeWithRecordingPlugins(Path dir) {
        DataxHome home = DataxHome.create(dir.resolve("home"));
        Path build = dir.resolve("build");
        home.installPlugin(PluginBuilder.reader("recordingreader").pluginClass(RecordingReader.class)
                .withPackageOf(PluginProbe.class).lib("private-lib.jar", PrivateLib.class).buildInto(build));
        home.installPlugin(PluginBuilder.writer("recordingwriter").pluginClass(RecordingWriter.class)
                .withPackageOf(PluginProbe.class).buildInto(build));
        return home;
    }

    static String job(String reader, Map<String, ?> readerParameter, String writer, Map<String, ?> writerParameter,
                      Map<String, ?> setting) {
        return job(reader, readerParameter, writer, writerParameter, setting, Map.of());
    }

    static String job(String reader, Map<String, ?> readerParameter, String writer, Map<String, ?> writerParameter,
                      Map<String, ?> setting, Map<String, ?> core) {
        JSONObject job = new JSONObject();
        job.put("setting", setting);
        job.put("content", List.of(Map.of(
                "reader", Map.of("name", reader, "parameter", readerParameter),
                "writer", Map.of("name", writer, "parameter", writerParameter))));
        JSONObject root = new JSONObject();
        root.put("job", job);
        if (!core.isEmpty()) {
            root.put("core", core);
        }
        return JSON.toJSONString(root);
    }

    static Map<String, Object> channels(int channels) {
        return Map.of("speed", Map.of("channel", channels));
    }

    static List<String> events(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
