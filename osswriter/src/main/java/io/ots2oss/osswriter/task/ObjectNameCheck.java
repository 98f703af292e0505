package io.ots2oss.osswriter.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.Keys;
import io.ots2oss.osswriter.config.ObjectNameRules;
import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.naming.ObjectNamer;
import io.ots2oss.osswriter.single.SingleObjectLayout;

/**
 * Renders, when the job starts, the longest names this job can give an object (task and roll numbers of ten
 * digits, a full uuid, template parameters as passed) and refuses the job if one would break OSS's rules, rather
 * than failing after records were read.
 */
public final class ObjectNameCheck {
    private static final int WIDEST_NUMBER = Integer.MAX_VALUE;
    private static final String WIDEST_UUID = "ffffffffffffffffffffffffffffffff";
    /** OSS upload ids are 32 hexadecimal characters; twice that leaves room. */
    private static final String WIDEST_UPLOAD_ID = WIDEST_UUID + WIDEST_UUID;
    /** writeSingleObject allows fewer than 10,000 tasks. */
    private static final int WIDEST_SINGLE_OBJECT_TASK = 9999;

    private ObjectNameCheck() {
    }

    public static void check(WriterConfig config, Properties properties) {
        String key = config.objectNameTemplate() != null ? Keys.OBJECT_NAME_TEMPLATE : Keys.OBJECT;
        String value = config.objectNameTemplate() != null ? config.objectNameTemplate() : config.object();
        for (String name : longestNames(config, properties)) {
            String problem = ObjectNameRules.problemWithName(name);
            if (problem != null) {
                throw ConfigError.illegal(key, value, "names OSS accepts, but the objects of this job can be named like ["
                        + ConfigError.show(name) + "] and " + problem + (key.equals(Keys.OBJECT) && !config.suffix().isEmpty()
                        ? " (shorten 'object' or 'suffix')" : ""));
            }
        }
    }

    private static List<String> longestNames(WriterConfig config, Properties properties) {
        List<String> names = new ArrayList<String>();
        if (config.writeSingleObject()) {
            SingleObjectLayout layout = new SingleObjectLayout(config.object(), WIDEST_UPLOAD_ID, 1);
            names.add(config.object());
            names.add(layout.firstPiece(WIDEST_SINGLE_OBJECT_TASK));
            return names;
        }
        ObjectNamer namer = Namers.forTask(config, WIDEST_NUMBER, WIDEST_UUID, properties);
        names.add(namer.nameFor(0));
        names.add(namer.nameFor(WIDEST_NUMBER));
        return names;
    }
}
