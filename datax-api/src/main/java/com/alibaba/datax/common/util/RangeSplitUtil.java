package com.alibaba.datax.common.util;

import org.apache.commons.lang3.tuple.ImmutablePair;
import org.apache.commons.lang3.tuple.Pair;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Splits ranges into roughly equal parts; each result holds the boundaries, first and last included. */
public final class RangeSplitUtil {

    public static String[] doAsciiStringSplit(String left, String right, int expectSliceNumber) {
        int radix = 128;
        BigInteger[] points = doBigIntegerSplit(stringToBigInteger(left, radix), stringToBigInteger(right, radix),
                expectSliceNumber);
        String[] result = new String[points.length];
        result[0] = left;
        result[points.length - 1] = right;
        for (int i = 1; i < points.length - 1; i++) {
            result[i] = bigIntegerToString(points[i], radix);
        }
        return result;
    }

    public static long[] doLongSplit(long left, long right, int expectSliceNumber) {
        BigInteger[] points = doBigIntegerSplit(BigInteger.valueOf(left), BigInteger.valueOf(right),
                expectSliceNumber);
        long[] result = new long[points.length];
        for (int i = 0; i < points.length; i++) {
            result[i] = points[i].longValue();
        }
        return result;
    }

    public static BigInteger[] doBigIntegerSplit(BigInteger left, BigInteger right, int expectSliceNumber) {
        if (expectSliceNumber < 1) {
            throw new IllegalArgumentException("The slice number must be at least 1, got " + expectSliceNumber);
        }
        if (left == null || right == null) {
            throw new IllegalArgumentException("Range ends must not be null");
        }
        if (left.compareTo(right) == 0) {
            return new BigInteger[] {left, right};
        }
        if (left.compareTo(right) > 0) {
            BigInteger swap = left;
            left = right;
            right = swap;
        }
        BigInteger width = right.subtract(left);
        BigInteger slices = BigInteger.valueOf(expectSliceNumber).min(width);
        BigInteger step = width.divide(slices);
        BigInteger remainder = width.remainder(slices);
        int count = slices.intValue();
        BigInteger[] result = new BigInteger[count + 1];
        result[0] = left;
        for (int i = 1; i < count; i++) {
            BigInteger extra = BigInteger.valueOf(i).compareTo(remainder) <= 0 ? BigInteger.ONE : BigInteger.ZERO;
            result[i] = result[i - 1].add(step).add(extra);
        }
        result[count] = right;
        return result;
    }

    /** Reads an ASCII string as a number in base {@code radix} (each char one digit). */
    public static BigInteger stringToBigInteger(String aString, int radix) {
        if (aString == null) {
            throw new IllegalArgumentException("The string must not be null");
        }
        BigInteger base = BigInteger.valueOf(radix);
        BigInteger result = BigInteger.ZERO;
        for (int i = 0; i < aString.length(); i++) {
            int digit = aString.charAt(i);
            if (digit >= radix) {
                throw new IllegalArgumentException("Character out of range: " + aString.charAt(i));
            }
            result = result.multiply(base).add(BigInteger.valueOf(digit));
        }
        return result;
    }

    private static String bigIntegerToString(BigInteger value, int radix) {
        StringBuilder sb = new StringBuilder();
        BigInteger base = BigInteger.valueOf(radix);
        BigInteger rest = value;
        while (rest.signum() > 0) {
            BigInteger[] qr = rest.divideAndRemainder(base);
            sb.append((char) qr[1].intValue());
            rest = qr[0];
        }
        return sb.reverse().toString();
    }

    public static Pair<Character, Character> getMinAndMaxCharacter(String aString) {
        if (aString == null || aString.isEmpty()) {
            throw new IllegalArgumentException("The string must not be empty");
        }
        char min = aString.charAt(0);
        char max = min;
        for (int i = 1; i < aString.length(); i++) {
            char c = aString.charAt(i);
            min = c < min ? c : min;
            max = c > max ? c : max;
        }
        return new ImmutablePair<Character, Character>(min, max);
    }

    /** Deals the elements round-robin into at most {@code expectSliceNumber} non-empty lists. */
    public static <T> List<List<T>> doListSplit(List<T> list, int expectSliceNumber) {
        if (expectSliceNumber < 1) {
            throw new IllegalArgumentException("The slice number must be at least 1, got " + expectSliceNumber);
        }
        int slices = Math.min(expectSliceNumber, list.size());
        List<List<T>> result = new ArrayList<List<T>>(slices);
        for (int i = 0; i < slices; i++) {
            result.add(new ArrayList<T>());
        }
        for (int i = 0; i < list.size(); i++) {
            result.get(i % slices).add(list.get(i));
        }
        return result;
    }
}
