package com.alibaba.datax.common.exception;

import com.alibaba.datax.common.spi.ErrorCode;

public enum CommonErrorCode implements ErrorCode {
    CONFIG_ERROR("Common-00", "The configuration is invalid."),
    CONVERT_NOT_SUPPORT("Common-01", "The column type conversion is not supported."),
    CONVERT_OVER_FLOW("Common-02", "The column value overflows the target type."),
    RETRY_FAIL("Common-10", "Method invocation still failed after retries."),
    RUNTIME_ERROR("Common-11", "Runtime error."),
    HOOK_INTERNAL_ERROR("Common-12", "Hook failed internally."),
    SHUT_DOWN_TASK("Common-20", "Task received a shutdown request."),
    WAIT_TIME_EXCEED("Common-21", "Waiting time exceeded."),
    TASK_HUNG_EXPIRED("Common-22", "Task hung and expired.");

    private final String code;
    private final String description;

    CommonErrorCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        return String.format("Code:[%s], Describe:[%s]", code, description);
    }
}
