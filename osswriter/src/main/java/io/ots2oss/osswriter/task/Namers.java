package io.ots2oss.osswriter.task;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.naming.ObjectNamer;
import io.ots2oss.osswriter.naming.TemplateNamer;
import io.ots2oss.osswriter.naming.UpstreamNamer;

/** Chooses the naming of a task's objects. */
public final class Namers {
    private Namers() {
    }

    public static ObjectNamer forTask(WriterConfig config, int taskIndex, String uuid, Properties properties) {
        if (config.objectNameTemplate() == null) {
            return new UpstreamNamer(config.object(), uuid, config.nameExtension(), config.partitionColumns());
        }
        Map<String, String> builtIns = new HashMap<String, String>();
        builtIns.put("object", config.object());
        builtIns.put("taskId", String.valueOf(taskIndex));
        builtIns.put("uuid", uuid);
        builtIns.put("ext", config.templateExtension());
        return new TemplateNamer(config.objectNameTemplate(), builtIns, properties);
    }
}
