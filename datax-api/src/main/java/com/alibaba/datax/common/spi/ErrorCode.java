package com.alibaba.datax.common.spi;

/** A plugin's error code: a stable code plus a human description. */
public interface ErrorCode {
    String getCode();

    String getDescription();

    /** Implementations render "Code:[...], Description:[...]." */
    String toString();
}
