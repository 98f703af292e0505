package io.ots2oss.osswriter.config;

import io.ots2oss.common.config.ConfigError;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that an {@code objectNameTemplate} gives each task its own names. */
final class ObjectNameTemplateCheck {
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");

    private ObjectNameTemplateCheck() {
    }

    static void validate(String template, boolean singleObject) {
        if (singleObject) {
            throw ConfigError.illegal(Keys.OBJECT_NAME_TEMPLATE, template, "no template when writeSingleObject is true (the object is named by 'object')");
        }
        boolean perTask = false;
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name.equals("taskId") || name.equals("uuid")) {
                perTask = true;
            }
        }
        if (!perTask) {
            throw ConfigError.illegal(Keys.OBJECT_NAME_TEMPLATE, template, "a template containing ${taskId} or ${uuid}, so that tasks do not overwrite each other");
        }
        if (template.startsWith("/") || template.startsWith("\\")) {
            throw ConfigError.illegal(Keys.OBJECT_NAME_TEMPLATE, template, "a template that does not start with '/' or '\\'");
        }
        ObjectNameRules.checkPart(Keys.OBJECT_NAME_TEMPLATE, template, "a template of object names");
    }
}
