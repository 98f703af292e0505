package com.alibaba.datax.common.exception;

import java.io.PrintWriter;
import java.io.StringWriter;

public final class ExceptionTracker {
    public static final int STRING_BUFFER = 1024;

    /** The full stack trace of {@code e} as text. */
    public static String trace(Throwable e) {
        StringWriter sw = new StringWriter(STRING_BUFFER);
        PrintWriter pw = new PrintWriter(sw);
        e.printStackTrace(pw);
        pw.flush();
        return sw.toString();
    }
}
