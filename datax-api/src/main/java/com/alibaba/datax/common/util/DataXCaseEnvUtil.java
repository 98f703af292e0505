package com.alibaba.datax.common.util;

/**
 * Retry settings that a test environment may override through system properties
 * ({@code DATAX_CASE_RETRY_TIMES}, {@code DATAX_CASE_RETRY_INTERVAL}, {@code DATAX_CASE_RETRY_EXPONENTIAL});
 * otherwise the given values are returned unchanged.
 */
public class DataXCaseEnvUtil {

    public static int getRetryTimes(int retryTimes) {
        String value = System.getProperty("DATAX_CASE_RETRY_TIMES");
        return value == null ? retryTimes : Integer.parseInt(value.trim());
    }

    public static long getRetryInterval(long retryInterval) {
        String value = System.getProperty("DATAX_CASE_RETRY_INTERVAL");
        return value == null ? retryInterval : Long.parseLong(value.trim());
    }

    public static boolean getRetryExponential(boolean retryExponential) {
        String value = System.getProperty("DATAX_CASE_RETRY_EXPONENTIAL");
        return value == null ? retryExponential : Boolean.parseBoolean(value.trim());
    }
}
