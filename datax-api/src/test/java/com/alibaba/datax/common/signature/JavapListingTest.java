package com.alibaba.datax.common.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavapListingTest {

    private static final String LISTING = String.join("\n",
            "# comment",
            "Compiled from \"X.java\"",
            "public final class a.X extends java.lang.Enum<a.X> implements a.I, a.J {",
            "  public static final a.X ONE;",
            "  public a.X(java.lang.String, int);",
            "  public static <T> java.util.List<T> list(java.lang.Class<T>, T...) throws java.lang.Exception;",
            "  public synchronized java.util.Map<java.lang.String, java.util.List<java.lang.String>> map();",
            "}",
            "",
            "Compiled from \"I.java\"",
            "public interface a.I extends a.K {",
            "  public abstract void run();",
            "}");

    private static List<JavapListing.ClassEntry> parse(Path dir) throws Exception {
        Path file = dir.resolve("listing.txt");
        Files.writeString(file, LISTING);
        return JavapListing.parse(file);
    }

    @Test
    void classHeaderGivesModifiersSuperclassAndInterfaces(@TempDir Path dir) throws Exception {
        JavapListing.ClassEntry x = parse(dir).get(0);
        assertEquals("a.X", x.name());
        assertEquals(Set.of("public", "final"), x.modifiers());
        assertEquals("java.lang.Enum", x.superclass());
        assertEquals(Set.of("a.I", "a.J"), x.interfaces());
    }

    @Test
    void interfaceExtendsListsInterfaces(@TempDir Path dir) throws Exception {
        JavapListing.ClassEntry i = parse(dir).get(1);
        assertTrue(i.isInterface());
        assertNull(i.superclass());
        assertEquals(Set.of("a.K"), i.interfaces());
    }

    @Test
    void fieldConstructorAndMethodsAreRecognised(@TempDir Path dir) throws Exception {
        List<JavapListing.Member> members = parse(dir).get(0).members();
        assertEquals(JavapListing.Kind.FIELD, members.get(0).kind());
        assertEquals("a.X", members.get(0).type());
        assertEquals(JavapListing.Kind.CONSTRUCTOR, members.get(1).kind());
        assertEquals(List.of("java.lang.String", "int"), members.get(1).parameters());
    }

    @Test
    void genericsAreErasedAndTypeVariablesBecomeObject(@TempDir Path dir) throws Exception {
        JavapListing.Member list = parse(dir).get(0).members().get(2);
        assertEquals("java.util.List", list.type());
        assertEquals(List.of("java.lang.Class", "java.lang.Object[]"), list.parameters());
        assertTrue(list.modifiers().contains("static"));
    }

    @Test
    void nestedGenericReturnTypeIsErased(@TempDir Path dir) throws Exception {
        JavapListing.Member map = parse(dir).get(0).members().get(3);
        assertEquals("java.util.Map", map.type());
        assertEquals("map", map.name());
    }
}
