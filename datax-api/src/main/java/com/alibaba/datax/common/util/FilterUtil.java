package com.alibaba.datax.common.util;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Selects the strings fully matching one or more regular expressions, without duplicates, in input order. */
public final class FilterUtil {

    public static List<String> filterByRegular(List<String> allStrs, String regular) {
        List<String> regulars = new ArrayList<String>();
        regulars.add(regular);
        return filterByRegulars(allStrs, regulars);
    }

    public static List<String> filterByRegulars(List<String> allStrs, List<String> regulars) {
        List<Pattern> patterns = new ArrayList<Pattern>();
        for (String regular : regulars) {
            patterns.add(Pattern.compile(regular));
        }
        Set<String> matched = new LinkedHashSet<String>();
        for (String candidate : allStrs) {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(candidate).matches()) {
                    matched.add(candidate);
                    break;
                }
            }
        }
        return new ArrayList<String>(matched);
    }
}
