package io.ots2oss.osswriter.format.parquet;

import io.ots2oss.common.config.JobValue;

/** How {@code timestamp} columns are stored in Parquet. */
public enum ParquetTimestamp implements JobValue {
    /** Upstream's encoding: 12 bytes of nanos-of-day and Julian day, what Hive and older Spark read. */
    INT96,
    /** INT64 TIMESTAMP(MILLIS, UTC). */
    MILLIS,
    /** INT64 TIMESTAMP(MICROS, UTC). */
    MICROS;

    /** The field declaration of a {@code timestamp} column, without its name. */
    String declaration() {
        switch (this) {
            case MILLIS:
                return "int64 %s (TIMESTAMP(MILLIS,true))";
            case MICROS:
                return "int64 %s (TIMESTAMP(MICROS,true))";
            default:
                return "int96 %s";
        }
    }
}
