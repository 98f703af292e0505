package io.ots2oss.tools.dataworks;

/**
 * JSON as documentation pages print DataWorks scripts: {@code #} annotations to the end of the line (outside
 * strings) and trailing commas before {@code ]} or {@code }}. Both are removed; the rest is left byte for byte.
 */
final class AnnotatedJson {
    private AnnotatedJson() {
    }

    static String clean(String text) {
        return withoutTrailingCommas(withoutAnnotations(text));
    }

    private static String withoutAnnotations(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = copyString(text, i, out);
            } else if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutTrailingCommas(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = copyString(text, i, out);
            } else if (c != ',' || nextSignificant(text, i + 1) != ']' && nextSignificant(text, i + 1) != '}') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Copies the string literal opening at {@code start}, escapes included; returns the index of its closing quote. */
    private static int copyString(String text, int start, StringBuilder out) {
        out.append('"');
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else if (c == '"') {
                return i;
            }
        }
        return text.length();
    }

    private static char nextSignificant(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
