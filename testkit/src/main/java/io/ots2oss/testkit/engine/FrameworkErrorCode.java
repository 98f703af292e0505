package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.spi.ErrorCode;

/** The error codes DataX core reports (its {@code FrameworkErrorCode}); the codes match DataX's. */
public enum FrameworkErrorCode implements ErrorCode {

    INSTALL_ERROR("Framework-00", "DataX engine installation error"),
    ARGUMENT_ERROR("Framework-01", "DataX engine run error, usually caused by an internal programming error"),
    RUNTIME_ERROR("Framework-02", "DataX engine run error"),
    CONFIG_ERROR("Framework-03", "DataX engine configuration error"),
    PLUGIN_INSTALL_ERROR("Framework-10", "DataX plugin installation error"),
    PLUGIN_NOT_FOUND("Framework-11", "DataX plugin configuration error"),
    PLUGIN_INIT_ERROR("Framework-12", "DataX plugin initialization error"),
    PLUGIN_RUNTIME_ERROR("Framework-13", "DataX plugin run error"),
    PLUGIN_DIRTY_DATA_LIMIT_EXCEED("Framework-14", "DataX dirty data exceeds the user's limit"),
    PLUGIN_SPLIT_ERROR("Framework-15", "DataX plugin split error");

    private final String code;
    private final String description;

    FrameworkErrorCode(String code, String description) {
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
        return String.format("Code:[%s], Description:[%s]. ", code, description);
    }
}
