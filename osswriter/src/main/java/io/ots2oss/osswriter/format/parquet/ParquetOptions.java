package io.ots2oss.osswriter.format.parquet;

import java.text.SimpleDateFormat;

/** The job settings that change how values are encoded (not which fields exist). */
final class ParquetOptions {
    private final boolean localTimestamps;
    private final String dateFormat;

    /**
     * @param localTimestamps upstream's {@code parquetUtcTimestamp}: INT96 holds the JVM zone's wall-clock time
     * @param dateFormat      how date columns render into string fields, or null for DataX's own rendering
     */
    ParquetOptions(boolean localTimestamps, String dateFormat) {
        this.localTimestamps = localTimestamps;
        this.dateFormat = dateFormat;
    }

    boolean localTimestamps() {
        return localTimestamps;
    }

    /** A new formatter (they are not thread-safe), or null. */
    SimpleDateFormat newDateFormat() {
        return dateFormat == null ? null : new SimpleDateFormat(dateFormat);
    }
}
