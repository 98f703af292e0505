package com.alibaba.datax.common.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classes of a {@code javap -public} listing: for each class its modifiers, superclass, interfaces and
 * members, with generic type arguments erased (binary signatures only).
 */
final class JavapListing {

    enum Kind { CONSTRUCTOR, METHOD, FIELD }

    record Member(Kind kind, Set<String> modifiers, String type, String name, List<String> parameters) {
        String describe() {
            String params = kind == Kind.FIELD ? "" : "(" + String.join(", ", parameters) + ")";
            return String.join(" ", modifiers) + " " + (type == null ? "" : type + " ") + name + params;
        }
    }

    record ClassEntry(String name, Set<String> modifiers, boolean isInterface, String superclass,
                      Set<String> interfaces, List<Member> members) {
    }

    private static final Set<String> MODIFIERS = Set.of(
            "public", "protected", "static", "final", "abstract", "synchronized", "native", "default");

    private JavapListing() {
    }

    static List<ClassEntry> parse(Path file) throws IOException {
        List<ClassEntry> classes = new ArrayList<>();
        ClassEntry current = null;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("Compiled from")) {
                continue;
            }
            if (line.equals("}")) {
                current = null;
            } else if (current == null && line.endsWith("{")) {
                current = parseHeader(line.substring(0, line.length() - 1).trim());
                classes.add(current);
            } else if (current != null) {
                current.members().add(parseMember(current.name(), line));
            }
        }
        return classes;
    }

    /** {@code public final class a.B extends java.lang.Enum<a.B> implements a.C, a.D}. */
    private static ClassEntry parseHeader(String header) {
        List<String> words = Arrays.asList(erase(header).split("\\s+"));
        int kindAt = words.contains("interface") ? words.indexOf("interface") : words.indexOf("class");
        boolean isInterface = words.get(kindAt).equals("interface");
        String name = words.get(kindAt + 1);
        String superclass = null;
        Set<String> interfaces = new LinkedHashSet<>();
        String clause = null;
        for (String word : words.subList(kindAt + 2, words.size())) {
            if (word.equals("extends") || word.equals("implements")) {
                clause = word;
            } else if ("extends".equals(clause) && !isInterface) {
                superclass = word;
            } else {
                interfaces.add(word.replace(",", ""));
            }
        }
        Set<String> modifiers = new LinkedHashSet<>(words.subList(0, kindAt));
        return new ClassEntry(name, modifiers, isInterface, superclass, interfaces, new ArrayList<>());
    }

    /** A constructor, method or field line, e.g. {@code public static <T> T x(java.lang.Class<T>) throws E;}. */
    private static Member parseMember(String className, String line) {
        Set<String> typeVariables = typeVariables(line);
        String text = erase(line.replaceAll(";$", "")).replaceAll("\\s+throws\\s+.*$", "");
        int open = text.indexOf('(');
        String head = open < 0 ? text : text.substring(0, open);
        List<String> words = new ArrayList<>(Arrays.asList(head.trim().split("\\s+")));
        Set<String> modifiers = new LinkedHashSet<>();
        while (MODIFIERS.contains(words.get(0))) {
            modifiers.add(words.remove(0));
        }
        String name = words.get(words.size() - 1);
        words.replaceAll(word -> eraseVariable(word, typeVariables));
        if (open < 0) {
            return new Member(Kind.FIELD, modifiers, words.get(0), name, List.of());
        }
        List<String> parameters = parseParameters(text.substring(open + 1, text.lastIndexOf(')')));
        parameters.replaceAll(parameter -> eraseVariable(parameter, typeVariables));
        if (name.equals(className)) {
            return new Member(Kind.CONSTRUCTOR, modifiers, null, name, parameters);
        }
        return new Member(Kind.METHOD, modifiers, words.get(0), name, parameters);
    }

    private static List<String> parseParameters(String list) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : list.split(",")) {
            if (!parameter.isBlank()) {
                parameters.add(parameter.trim().replace("...", "[]"));
            }
        }
        return parameters;
    }

    /** The type variables a generic method declares, e.g. {@code T} in {@code public static <T> T x()}. */
    private static Set<String> typeVariables(String line) {
        Set<String> variables = new LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:\\w+\\s+)*<([^>]+)>\\s").matcher(line.trim());
        if (m.find()) {
            for (String variable : m.group(1).split(",")) {
                variables.add(variable.trim().split("\\s+")[0]);
            }
        }
        return variables;
    }

    /** An unbounded type variable erases to Object (the listing here has no bounded ones). */
    private static String eraseVariable(String type, Set<String> typeVariables) {
        String element = type.replace("[]", "");
        return typeVariables.contains(element) ? type.replace(element, "java.lang.Object") : type;
    }

    /** Drops every {@code <...>} (nested too); a method's own type parameters go with them. */
    static String erase(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }
}
