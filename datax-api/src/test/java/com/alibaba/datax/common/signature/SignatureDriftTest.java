package com.alibaba.datax.common.signature;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compares the stand-in with {@code datax-common-api.txt}, the javap listing of DataX's real datax-common,
 * so that plugins compiled here link against the real jar.
 */
class SignatureDriftTest {

    private static List<JavapListing.ClassEntry> reference;

    @BeforeAll
    static void readReference() throws Exception {
        String dir = System.getProperty("shared.reference.dir");
        assumeTrue(dir != null, "system property shared.reference.dir is not set, so the reference listing is unknown");
        Path listing = Path.of(dir, "datax-common-api.txt");
        assumeTrue(Files.isRegularFile(listing), "reference listing " + listing + " is absent");
        reference = JavapListing.parse(listing);
    }

    @Test
    void referenceListingIsParsed() {
        assertTrue(reference.size() > 50, "expected the whole listing, parsed " + reference.size() + " classes");
    }

    @Test
    void everyReferenceClassExists() {
        List<String> missing = reference.stream().map(JavapListing.ClassEntry::name)
                .filter(name -> load(name) == null).collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "classes missing from the stand-in: " + missing);
    }

    @Test
    void classDeclarationsMatch() {
        List<String> problems = new ArrayList<>();
        for (JavapListing.ClassEntry entry : reference) {
            Class<?> type = load(entry.name());
            if (type != null) {
                compareDeclaration(entry, type, problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyReferenceMemberMatches() {
        List<String> problems = new ArrayList<>();
        for (JavapListing.ClassEntry entry : reference) {
            Class<?> type = load(entry.name());
            if (type == null) {
                continue;
            }
            Set<String> actual = publicMembers(type);
            for (JavapListing.Member member : entry.members()) {
                if (!actual.contains(key(member))) {
                    problems.add(entry.name() + ": missing or different: " + member.describe());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A public member the real jar lacks would compile here and fail with NoSuchMethodError inside DataX. */
    @Test
    void standInAddsNoPublicMembers() {
        List<String> problems = new ArrayList<>();
        for (JavapListing.ClassEntry entry : reference) {
            Class<?> type = load(entry.name());
            if (type == null) {
                continue;
            }
            Set<String> expected = entry.members().stream().map(SignatureDriftTest::key).collect(Collectors.toSet());
            for (String member : publicMembers(type)) {
                if (!expected.contains(member)) {
                    problems.add(entry.name() + ": not in the reference: " + member);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void compareDeclaration(JavapListing.ClassEntry entry, Class<?> type, List<String> problems) {
        if (entry.isInterface() != type.isInterface()) {
            problems.add(entry.name() + ": interface=" + type.isInterface() + ", expected " + entry.isInterface());
        }
        int mods = type.getModifiers();
        check(problems, entry.name(), "public", entry.modifiers().contains("public"), Modifier.isPublic(mods));
        check(problems, entry.name(), "final", entry.modifiers().contains("final"), Modifier.isFinal(mods));
        if (!entry.isInterface()) {
            check(problems, entry.name(), "abstract", entry.modifiers().contains("abstract"),
                    Modifier.isAbstract(mods));
            String expectedSuper = entry.superclass() == null ? "java.lang.Object" : entry.superclass();
            String actualSuper = type.getSuperclass() == null ? null : type.getSuperclass().getName();
            if (!expectedSuper.equals(actualSuper)) {
                problems.add(entry.name() + ": superclass " + actualSuper + ", expected " + expectedSuper);
            }
        }
        Set<String> interfaces = Arrays.stream(type.getInterfaces()).map(Class::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!interfaces.equals(entry.interfaces())) {
            problems.add(entry.name() + ": interfaces " + interfaces + ", expected " + entry.interfaces());
        }
    }

    private static void check(List<String> problems, String name, String modifier, boolean expected, boolean actual) {
        if (expected != actual) {
            problems.add(name + ": " + modifier + "=" + actual + ", expected " + expected);
        }
    }

    /** Kind, static/abstract/final, type, name and parameters: what javap shows and linking depends on. */
    private static String key(JavapListing.Member member) {
        Set<String> shown = new HashSet<>(member.modifiers());
        return key(member.kind(), shown.contains("static"), shown.contains("abstract"), shown.contains("final"),
                member.type(), member.name(), member.parameters());
    }

    private static String key(JavapListing.Kind kind, boolean isStatic, boolean isAbstract, boolean isFinal,
                              String type, String name, List<String> parameters) {
        return kind + " " + (isStatic ? "static " : "") + (isAbstract ? "abstract " : "") + (isFinal ? "final " : "")
                + (type == null ? "" : type + " ") + name + (kind == JavapListing.Kind.FIELD ? "" : parameters);
    }

    private static Set<String> publicMembers(Class<?> type) {
        Set<String> members = new LinkedHashSet<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers())) {
                members.add(key(JavapListing.Kind.CONSTRUCTOR, false, false, false, null, type.getName(),
                        names(c.getParameterTypes())));
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            int mods = m.getModifiers();
            if (Modifier.isPublic(mods)) {
                members.add(key(JavapListing.Kind.METHOD, Modifier.isStatic(mods), Modifier.isAbstract(mods),
                        Modifier.isFinal(mods), m.getReturnType().getTypeName(), m.getName(),
                        names(m.getParameterTypes())));
            }
        }
        for (Field f : type.getDeclaredFields()) {
            int mods = f.getModifiers();
            if (Modifier.isPublic(mods)) {
                members.add(key(JavapListing.Kind.FIELD, Modifier.isStatic(mods), false, Modifier.isFinal(mods),
                        f.getType().getTypeName(), f.getName(), List.of()));
            }
        }
        return members;
    }

    private static List<String> names(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getTypeName).collect(Collectors.toList());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SignatureDriftTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
