package com.alibaba.datax.common.constant;

public final class CommonConstant {
    /** Key a split task configuration may carry so the scheduler spreads tasks by resource. */
    public static String LOAD_BALANCE_RESOURCE_MARK = "loadBalanceResourceMark";
}
