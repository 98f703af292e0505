package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.exception.DataXException;
import io.ots2oss.testkit.config.JobSettings.ErrorLimit;

/**
 * DataX's ErrorRecordChecker: the record limit fails the job when the dirty records (reader + writer side) exceed it;
 * the percentage limit fails it when dirty / total read records exceeds it (checked once, at the end).
 */
final class ErrorLimitChecker {

    private final ErrorLimit limit;

    ErrorLimitChecker(ErrorLimit limit) {
        this.limit = limit;
    }

    void checkRecordLimit(Statistics statistics) {
        if (limit.record() == null) {
            return;
        }
        long errors = statistics.errorRecords();
        if (errors > limit.record()) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_DIRTY_DATA_LIMIT_EXCEED, String.format(
                    "dirty records: %d, more than job.setting.errorLimit.record = %d", errors, limit.record()));
        }
    }

    void checkPercentageLimit(Statistics statistics) {
        if (limit.percentage() == null) {
            return;
        }
        long total = statistics.totalReadRecords();
        if (total <= 0) {
            return;
        }
        double ratio = statistics.errorRecords() / (double) total;
        if (ratio > limit.percentage()) {
            throw DataXException.asDataXException(FrameworkErrorCode.PLUGIN_DIRTY_DATA_LIMIT_EXCEED, String.format(
                    "dirty record ratio %.4f (%d of %d), more than job.setting.errorLimit.percentage = %s",
                    ratio, statistics.errorRecords(), total, limit.percentage()));
        }
    }
}
