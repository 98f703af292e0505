package com.alibaba.datax.common.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed configuration path such as {@code job.content[0].reader.parameter}: map keys separated by dots,
 * list indexes in brackets. A blank path addresses the root.
 */
final class ConfigPath {

    /** One step of a path: either a map key or a list index. */
    static final class Step {
        final String key;
        final int index;

        private Step(String key, int index) {
            this.key = key;
            this.index = index;
        }

        static Step key(String key) {
            return new Step(key, -1);
        }

        static Step index(int index) {
            return new Step(null, index);
        }

        boolean isIndex() {
            return key == null;
        }

        @Override
        public String toString() {
            return isIndex() ? "[" + index + "]" : key;
        }
    }

    private ConfigPath() {
    }

    static List<Step> parse(String path) {
        if (path == null) {
            throw new IllegalArgumentException("A configuration path must not be null");
        }
        if (path.trim().isEmpty()) {
            return Collections.emptyList();
        }
        List<Step> steps = new ArrayList<Step>();
        for (String part : path.split("\\.", -1)) {
            parsePart(path, part.trim(), steps);
        }
        return steps;
    }

    /** A part is {@code key}, {@code key[1][2]} or {@code [1]}. */
    private static void parsePart(String path, String part, List<Step> steps) {
        int bracket = part.indexOf('[');
        String key = bracket < 0 ? part : part.substring(0, bracket).trim();
        if (!key.isEmpty()) {
            steps.add(Step.key(key));
        } else if (bracket < 0) {
            throw invalid(path, "an empty segment");
        }
        int position = bracket;
        while (position >= 0 && position < part.length()) {
            int close = part.indexOf(']', position);
            if (part.charAt(position) != '[' || close < 0) {
                throw invalid(path, "an unclosed or misplaced '['");
            }
            steps.add(Step.index(parseIndex(path, part.substring(position + 1, close).trim())));
            position = close + 1;
        }
    }

    private static int parseIndex(String path, String digits) {
        if (digits.isEmpty()) {
            throw invalid(path, "an empty list index");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                throw invalid(path, "a list index that is not a non-negative integer: [" + digits + "]");
            }
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw invalid(path, "a list index that is too large: [" + digits + "]");
        }
    }

    private static IllegalArgumentException invalid(String path, String problem) {
        return new IllegalArgumentException(
                String.format("Invalid configuration path [%s]: it has %s.", path, problem));
    }

    static String render(List<Step> steps) {
        StringBuilder sb = new StringBuilder();
        for (Step step : steps) {
            if (!step.isIndex() && sb.length() > 0) {
                sb.append('.');
            }
            sb.append(step);
        }
        return sb.toString();
    }
}
