package io.ots2oss.osswriter;

import com.alibaba.datax.common.spi.ErrorCode;

/** Error codes of the OSS writer; the codes keep upstream's prefix so that alerting rules still match. */
public enum OssWriterErrorCode implements ErrorCode {
    CONFIG_INVALID("OssWriter-00", "Invalid job configuration"),
    REQUIRED_VALUE("OssWriter-01", "A required job key is missing"),
    ILLEGAL_VALUE("OssWriter-02", "A job key has an illegal value"),
    WRITE_FAILED("OssWriter-03", "Writing to OSS failed"),
    OSS_FAILED("OssWriter-05", "An OSS request failed"),
    NOT_SUPPORTED("OssWriter-06", "Not supported yet");

    private final String code;
    private final String description;

    OssWriterErrorCode(String code, String description) {
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
        return "Code:[" + code + "], Description:[" + description + "].";
    }
}
