package com.alibaba.datax.common.element;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class ConversionAssertions {

    private ConversionAssertions() {
    }

    static void assertNotSupported(Executable conversion) {
        DataXException e = assertThrows(DataXException.class, conversion);
        assertSame(CommonErrorCode.CONVERT_NOT_SUPPORT, e.getErrorCode());
    }

    static void assertOverflow(Executable conversion) {
        DataXException e = assertThrows(DataXException.class, conversion);
        assertSame(CommonErrorCode.CONVERT_OVER_FLOW, e.getErrorCode());
    }
}
