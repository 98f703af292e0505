package io.ots2oss.emulator.oss.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes namespace-free XML documents, the only kind the SDK's parsers understand. */
public final class Xml {
    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();

    private Xml(String root) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
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
        return out.toString().getBytes(StandardCharsets.UTF_8);
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
                default -> {
                    if (c < 0x20 && c != '\t') {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase()).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
