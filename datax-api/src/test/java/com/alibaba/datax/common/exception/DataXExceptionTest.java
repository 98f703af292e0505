package com.alibaba.datax.common.exception;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataXExceptionTest {

    @Test
    void messageStartsWithErrorCodeAndCarriesText() {
        DataXException e = DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR, "bad key [x]");
        assertSame(CommonErrorCode.CONFIG_ERROR, e.getErrorCode());
        assertTrue(e.getMessage().startsWith(CommonErrorCode.CONFIG_ERROR.toString()), e.getMessage());
        assertTrue(e.getMessage().endsWith("bad key [x]"), e.getMessage());
    }

    @Test
    void causeIsKept() {
        IllegalStateException cause = new IllegalStateException("boom");
        DataXException e = DataXException.asDataXException(CommonErrorCode.RUNTIME_ERROR, "failed", cause);
        assertSame(cause, e.getCause());
    }

    @Test
    void wrappingADataXExceptionReturnsItUnchanged() {
        DataXException inner = DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR, "inner");
        assertSame(inner, DataXException.asDataXException(CommonErrorCode.RUNTIME_ERROR, "outer", inner));
        assertSame(inner, DataXException.asDataXException(CommonErrorCode.RUNTIME_ERROR, inner));
    }

    @Test
    void plainMessageHasNoErrorCode() {
        DataXException e = DataXException.asDataXException("just text");
        assertNull(e.getErrorCode());
        assertEquals("just text", e.getMessage());
    }

    @Test
    void errorCodeRendersCodeAndDescription() {
        assertTrue(CommonErrorCode.CONVERT_NOT_SUPPORT.toString().contains(CommonErrorCode.CONVERT_NOT_SUPPORT.getCode()));
    }
}
