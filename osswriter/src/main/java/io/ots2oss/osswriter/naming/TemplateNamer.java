package io.ots2oss.osswriter.naming;

import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.osswriter.config.Keys;

/**
 * Names from {@code objectNameTemplate}. Built-in variables: {@code object}, {@code taskId}, {@code roll},
 * {@code uuid}, {@code ext}; any other {@code ${name}} is read from the JVM's system properties, which is where
 * DataX puts {@code -p "-Dname=value"} (so window variables DataX did not substitute still resolve).
 * Without {@code ${roll}}, rolled objects get {@code _k} before the extension.
 */
public final class TemplateNamer implements ObjectNamer {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");

    private final String template;
    private final Map<String, String> builtIns;
    private final Properties properties;
    private final boolean hasRoll;
    private final String extension;

    public TemplateNamer(String template, Map<String, String> builtIns, Properties properties) {
        this.template = template;
        this.builtIns = builtIns;
        this.properties = properties;
        this.hasRoll = template.contains("${roll}");
        this.extension = builtIns.containsKey("ext") ? builtIns.get("ext") : "";
        nameFor(0);
    }

    @Override
    public String nameFor(int roll) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuffer name = new StringBuffer();
        while (matcher.find()) {
            matcher.appendReplacement(name, Matcher.quoteReplacement(resolve(matcher.group(1), roll)));
        }
        matcher.appendTail(name);
        String resolved = name.toString();
        if (hasRoll || roll == 0) {
            return resolved;
        }
        if (!extension.isEmpty() && resolved.endsWith(extension)) {
            return resolved.substring(0, resolved.length() - extension.length()) + "_" + roll + extension;
        }
        return resolved + "_" + roll;
    }

    @Override
    public String commonPrefix() {
        int variable = template.indexOf("${");
        String literal = variable < 0 ? template : template.substring(0, variable);
        return nameFor(0).startsWith(literal) ? literal : "";
    }

    private String resolve(String variable, int roll) {
        if ("roll".equals(variable)) {
            return String.valueOf(roll);
        }
        String value = builtIns.get(variable);
        if (value == null) {
            value = properties.getProperty(variable);
        }
        if (value == null) {
            throw new ConfigError(Keys.OBJECT_NAME_TEMPLATE, "Job key '" + Keys.OBJECT_NAME_TEMPLATE + "' = [" + template
                    + "] uses ${" + variable + "}, which is neither a built-in variable (object, taskId, roll, uuid, ext) "
                    + "nor a parameter passed with -p \"-D" + variable + "=...\".");
        }
        return value;
    }
}
