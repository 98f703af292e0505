package com.alibaba.datax.common.util;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks on lists of configured names (columns, tables). */
public final class ListUtil {

    public static boolean checkIfValueDuplicate(List<String> aList, boolean caseSensitive) {
        requireNoNull(aList);
        Set<String> seen = new HashSet<String>();
        for (String value : normalise(aList, caseSensitive)) {
            if (!seen.add(value)) {
                return true;
            }
        }
        return false;
    }

    public static void makeSureNoValueDuplicate(List<String> aList, boolean caseSensitive) {
        if (checkIfValueDuplicate(aList, caseSensitive)) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    String.format("The list %s contains duplicate values.", aList));
        }
    }

    public static boolean checkIfBInA(List<String> aList, List<String> bList, boolean caseSensitive) {
        requireNoNull(aList);
        requireNoNull(bList);
        return new HashSet<String>(normalise(aList, caseSensitive)).containsAll(normalise(bList, caseSensitive));
    }

    public static void makeSureBInA(List<String> aList, List<String> bList, boolean caseSensitive) {
        if (!checkIfBInA(aList, bList, caseSensitive)) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    String.format("Not every value of %s is in %s.", bList, aList));
        }
    }

    public static boolean checkIfValueSame(List<Boolean> aList) {
        if (aList == null || aList.isEmpty()) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR, "The list must not be empty.");
        }
        Boolean first = aList.get(0);
        for (Boolean value : aList) {
            if (value == null ? first != null : !value.equals(first)) {
                return false;
            }
        }
        return true;
    }

    public static List<String> valueToLowerCase(List<String> aList) {
        requireNoNull(aList);
        return normalise(aList, false);
    }

    public static Boolean checkIfHasSameValue(List<String> listA, List<String> listB) {
        if (listA == null || listB == null) {
            return false;
        }
        Set<String> a = new HashSet<String>(listA);
        for (String value : listB) {
            if (a.contains(value)) {
                return true;
            }
        }
        return false;
    }

    public static boolean checkIfAllSameValue(List<String> listA, List<String> listB) {
        if (listA == null || listB == null || listA.size() != listB.size()) {
            return false;
        }
        return new HashSet<String>(listA).equals(new HashSet<String>(listB));
    }

    private static void requireNoNull(List<String> list) {
        if (list == null || list.contains(null)) {
            throw DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                    "The list must not be null nor contain null values.");
        }
    }

    private static List<String> normalise(List<String> list, boolean caseSensitive) {
        List<String> result = new ArrayList<String>(list.size());
        for (String value : list) {
            String trimmed = value.trim();
            result.add(caseSensitive ? trimmed : trimmed.toLowerCase(Locale.ROOT));
        }
        return result;
    }
}
