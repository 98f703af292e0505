package io.ots2oss.testkit.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DataX's {@code $name} / {@code ${name}} replacement on the raw job text.
 *
 * <p>DataX resolves each variable from the system properties that {@code datax.py -p "-Dname=value"} sets; a variable
 * with no (or a blank) value is left as written. The braces are optional on either side, and names are word
 * characters only, exactly as DataX's pattern. The testkit resolves from the run's parameters first and then from the
 * system properties, so tests need not touch global state.
 */
public final class VariableSubstitution {

    private static final Pattern VARIABLE = Pattern.compile("(\\$)\\{?(\\w+)\\}?");

    private final Function<String, String> lookup;

    public VariableSubstitution(Map<String, String> params) {
        Map<String, String> copy = Map.copyOf(params);
        this.lookup = name -> copy.containsKey(name) ? copy.get(name) : System.getProperty(name);
    }

    public String apply(String text) {
        Map<String, String> replacements = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            String value = lookup.apply(matcher.group(2));
            replacements.put(matcher.group(), isBlank(value) ? matcher.group() : value);
        }
        String result = text;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            result = result.replace(replacement.getKey(), replacement.getValue());
        }
        return result;
    }

    /** Parses what DataX's {@code -p} option carries: {@code "-Dk=v -Dk2=v2"} (whitespace separated). */
    public static Map<String, String> parseDashP(String dashP) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String token : dashP.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!token.startsWith("-D") || token.indexOf('=') < 3) {
                throw new IllegalArgumentException("-p expects \"-Dname=value ...\", got the token '" + token + "'");
            }
            int eq = token.indexOf('=');
            params.put(token.substring(2, eq), token.substring(eq + 1));
        }
        return params;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
