package com.alibaba.datax.common.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class StrUtil {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private StrUtil() {
    }

    /** A byte count for humans, e.g. {@code 1.50KB}. */
    public static String stringify(long byteNumber) {
        if (byteNumber / 1024 == 0) {
            return byteNumber + UNITS[0];
        }
        double value = byteNumber;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return new DecimalFormat("0.00").format(value) + UNITS[unit];
    }

    /** Replaces {@code ${name}} with the system property {@code name}; unknown names stay as they are. */
    public static String replaceVariable(final String param) {
        if (param == null || param.indexOf("${") < 0) {
            return param;
        }
        Matcher matcher = VARIABLE.matcher(param);
        StringBuffer result = new StringBuffer();
        while (matcher.find()) {
            String value = System.getProperty(matcher.group(1));
            matcher.appendReplacement(result, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Keeps the first {@code headLength} and last {@code tailLength} characters with "..." between. */
    public static String compressMiddle(String s, int headLength, int tailLength) {
        if (s == null || s.length() <= headLength + tailLength) {
            return s;
        }
        return s.substring(0, headLength) + "..." + s.substring(s.length() - tailLength);
    }

    public static String getMd5(String plainText) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(plainText.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(32);
            for (byte b : digest) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
