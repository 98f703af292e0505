package com.alibaba.datax.common.util;

/** A logging action run by {@link LimitLogger}. */
public interface LoggerFunction {
    void apply();
}
