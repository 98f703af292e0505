package com.alibaba.datax.common.exception;

import com.alibaba.datax.common.spi.ErrorCode;

/** DataX's unchecked exception; its message starts with the error code's rendering. */
public class DataXException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;

    public DataXException(ErrorCode errorCode, String errorMessage) {
        super(errorCode.toString() + " - " + errorMessage);
        this.errorCode = errorCode;
    }

    public DataXException(String errorMessage) {
        super(errorMessage);
        this.errorCode = null;
    }

    private DataXException(ErrorCode errorCode, String errorMessage, Throwable cause) {
        super(errorCode.toString() + " - " + describe(errorMessage, cause), cause);
        this.errorCode = errorCode;
    }

    public static DataXException asDataXException(ErrorCode errorCode, String message) {
        return new DataXException(errorCode, message);
    }

    public static DataXException asDataXException(String message) {
        return new DataXException(message);
    }

    public static DataXException asDataXException(ErrorCode errorCode, String message, Throwable cause) {
        if (cause instanceof DataXException) {
            return (DataXException) cause;
        }
        return new DataXException(errorCode, message, cause);
    }

    public static DataXException asDataXException(ErrorCode errorCode, Throwable cause) {
        if (cause instanceof DataXException) {
            return (DataXException) cause;
        }
        return new DataXException(errorCode, null, cause);
    }

    public ErrorCode getErrorCode() {
        return this.errorCode;
    }

    private static String describe(String message, Throwable cause) {
        String causeText = cause == null ? "" : " - " + cause;
        return (message == null ? "" : message) + causeText;
    }
}
