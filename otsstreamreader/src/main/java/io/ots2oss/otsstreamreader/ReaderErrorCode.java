package io.ots2oss.otsstreamreader;

import com.alibaba.datax.common.spi.ErrorCode;

/** Error codes of the reader; each message also names the job key or the resource concerned. */
public enum ReaderErrorCode implements ErrorCode {
    CONFIG_INVALID("OtsStreamReader-00", "Invalid reader configuration"),
    TABLE_PROBLEM("OtsStreamReader-01", "The data table cannot be exported"),
    STATUS_TABLE_PROBLEM("OtsStreamReader-02", "The status table cannot be used"),
    WINDOW_OUT_OF_RANGE("OtsStreamReader-03", "The time window cannot be exported now"),
    DATA_LOST("OtsStreamReader-04", "Stream data needed by this window is gone"),
    SERVICE_ERROR("OtsStreamReader-05", "Tablestore call failed"),
    LINEAGE_TIMEOUT("OtsStreamReader-06", "Gave up waiting for parent shards"),
    RECORD_PROBLEM("OtsStreamReader-07", "A stream record cannot be exported"),
    OUT_OF_MEMORY("OtsStreamReader-08", "The reader ran out of memory"),
    INTERNAL("OtsStreamReader-99", "Internal error");

    private final String code;
    private final String description;

    ReaderErrorCode(String code, String description) {
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
