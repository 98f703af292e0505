package com.alibaba.datax.common.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Runs a logging action at most once per interval for each name, so hot loops do not flood the log. */
public class LimitLogger {

    private static final ConcurrentMap<String, Long> LAST_RUN = new ConcurrentHashMap<String, Long>();

    public static void limit(String name, long limitMillis, LoggerFunction function) {
        if (name == null || function == null) {
            return;
        }
        long now = System.currentTimeMillis();
        Long last = LAST_RUN.get(name);
        boolean due = last == null ? LAST_RUN.putIfAbsent(name, now) == null
                : now - last >= limitMillis && LAST_RUN.replace(name, last, now);
        if (due) {
            function.apply();
        }
    }
}
