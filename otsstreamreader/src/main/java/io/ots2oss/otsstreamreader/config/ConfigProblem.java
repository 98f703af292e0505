package io.ots2oss.otsstreamreader.config;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.otsstreamreader.ReaderErrorCode;

/** Builds the error for a bad job key: it always names the key, the offending value and what is expected. */
final class ConfigProblem {
    private ConfigProblem() {
    }

    static DataXException of(String key, Object value, String expected) {
        return DataXException.asDataXException(ReaderErrorCode.CONFIG_INVALID,
                "Invalid value for reader key '" + key + "': " + describe(value) + ". Expected " + expected + ".");
    }

    static DataXException missing(String key, String expected) {
        return DataXException.asDataXException(ReaderErrorCode.CONFIG_INVALID,
                "Missing reader key '" + key + "'. Expected " + expected + ".");
    }

    static DataXException conflict(String message) {
        return DataXException.asDataXException(ReaderErrorCode.CONFIG_INVALID, message);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
