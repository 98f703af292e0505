package io.ots2oss.emulator.oss.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes namespace-free XML documents, the only kind the SDK's parsers understand.
 *
 * <p>Text is escaped as OSS does: markup characters as entities, control characters as character references.
 * XML 1.0 cannot carry most C0 controls even as references, so a document that needs one is declared
 * XML 1.1, where such references are well-formed (OSS itself keeps "1.0" there, which strict parsers
 * refuse; clients should ask for {@code encoding-type=url}).
 */
public final class Xml {
    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean needsXml11;

    private Xml(String root) {
        start(root);
    }

    public static Xml document(String root) {
        return new Xml(root);
    }

    public Xml start(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    public Xml end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** A leaf element; {@code null} is written as an empty element. */
    public Xml element(String name, Object value) {
        out.append('<').append(name).append('>');
        if (value != null) {
            escape(String.valueOf(value));
        }
        out.append("</").append(name).append('>');
        return this;
    }

    /** Text content of the element currently open. */
    public Xml text(String value) {
        escape(value);
        return this;
    }

    /** A leaf element only when the value is present. */
    public Xml optional(String name, Object value) {
        return value == null ? this : element(name, value);
    }

    public byte[] toBytes() {
        while (!open.isEmpty()) {
            end();
        }
        String declaration = "<?xml version=\"" + (needsXml11 ? "1.1" : "1.0") + "\" encoding=\"UTF-8\"?>\n";
        return (declaration + out).getBytes(StandardCharsets.UTF_8);
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append(c);
                default -> {
                    if (Character.isSurrogate(c)) {
                        i = appendSurrogates(text, i);
                    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
                        // CR and LF as references survive parsers' line-end normalisation; 0x7F-0x9F must be
                        // references in XML 1.1 and may be in 1.0
                        needsXml11 |= !allowedInXml10(c);
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase()).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** A well-formed pair as is; a lone surrogate (no UTF-8 form) as U+FFFD. Returns the last index used. */
    private int appendSurrogates(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        out.append('\uFFFD');
        return i;
    }

    private static boolean allowedInXml10(char c) {
        return c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
