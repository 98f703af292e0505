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
        boolean inString = false;
        boolean inComment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inComment) {
                if (c == '\n' || c == '\r') {
                    inComment = false;
                    out.append(c);
                }
                continue;
            }
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '#') {
                inComment = true;
                continue;
            }
            if (c == '"') {
                inString = true;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String withoutTrailingCommas(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == ',' && nextSignificant(text, i + 1) == ']' || c == ',' && nextSignificant(text, i + 1) == '}') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
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
