package com.alibaba.datax.common.element;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The range-checked narrowing every numeric column shares. Package-private: the real datax-common has no such class,
 * and the stand-in must not add public API.
 */
final class NumericConversions {
    private NumericConversions() {
    }

    /** Null stays null; outside the long range fails with CONVERT_OVER_FLOW. */
    static Long checkedLong(BigInteger value) {
        if (value == null) {
            return null;
        }
        OverFlowUtil.validateLongNotOverFlow(value);
        return value.longValue();
    }

    /** Null stays null; a magnitude outside the double range fails with CONVERT_OVER_FLOW. */
    static Double checkedDouble(BigDecimal value) {
        if (value == null) {
            return null;
        }
        OverFlowUtil.validateDoubleNotOverFlow(value);
        return value.doubleValue();
    }
}
