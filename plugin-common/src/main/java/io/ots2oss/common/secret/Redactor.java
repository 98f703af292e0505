package io.ots2oss.common.secret;

import com.alibaba.datax.common.util.Configuration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Removes secret values from text and configurations before they are logged or put into exceptions. */
public final class Redactor {

    private Redactor() {
    }

    /**
     * Replaces every occurrence of each non-empty secret in {@code text} by {@link Secret#MASK}. Longer secrets
     * go first, so a secret that contains another is still masked whole.
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null || secrets == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : longestFirst(secrets)) {
            result = result.replace(secret, Secret.MASK);
        }
        return result;
    }

    private static List<String> longestFirst(Collection<String> secrets) {
        List<String> usable = new ArrayList<String>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                usable.add(secret);
            }
        }
        Collections.sort(usable, new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return b.length() - a.length();
            }
        });
        return usable;
    }

    /**
     * A deep copy of {@code conf} in which every map entry whose key equals one of {@code keys} (ignoring case),
     * at any depth, reads {@link Secret#MASK}. Entries holding null stay null. The input is not changed.
     */
    public static Configuration maskedCopy(Configuration conf, String... keys) {
        Configuration copy = conf.clone();
        maskTree(copy.getInternal(), lowerCase(keys));
        return copy;
    }

    private static List<String> lowerCase(String[] keys) {
        List<String> result = new ArrayList<String>();
        for (String key : keys) {
            if (key != null) {
                result.add(key.toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void maskTree(Object node, List<String> keys) {
        if (node instanceof Map) {
            for (Map.Entry<Object, Object> entry : ((Map<Object, Object>) node).entrySet()) {
                boolean secret = keys.contains(String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT));
                if (secret && entry.getValue() != null) {
                    entry.setValue(Secret.MASK);
                } else {
                    maskTree(entry.getValue(), keys);
                }
            }
        } else if (node instanceof List) {
            for (Object element : (List<Object>) node) {
                maskTree(element, keys);
            }
        }
    }
}
