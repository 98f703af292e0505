package io.ots2oss.otsstreamreader.config;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The validated, immutable reader configuration. Built only by {@link ReaderConfigParser}. */
public final class ReaderConfig {
    public static final int DEFAULT_MAX_RETRIES = 30;
    public static final int DEFAULT_THREAD_NUM = 32;
    public static final long DEFAULT_BEFORE_OFFSET_MILLIS = 10 * 60 * 1000L;
    public static final long DEFAULT_AFTER_OFFSET_MILLIS = 5 * 60 * 1000L;

    private final Connection connection;
    private final String datasource;
    private final String dataTable;
    private final String statusTable;
    private final boolean timeseriesTable;
    private final Decoder decoder;
    private final TimeWindow window;
    private final ZoneId timeZone;
    private final Mode mode;
    private final List<RowColumn> columns;
    private final boolean exportSequenceInfo;
    private final boolean exportDeletes;
    private final int maxRetries;
    private final boolean enableSeekIterator;
    private final int threadNum;
    private final boolean enableTableGroupSupport;
    private final boolean confSimplifyEnable;
    private final long beforeOffsetMillis;
    private final long afterOffsetMillis;
    private final List<String> warnings;

    private ReaderConfig(Builder b) {
        this.connection = b.connection;
        this.datasource = b.datasource;
        this.dataTable = b.dataTable;
        this.statusTable = b.statusTable;
        this.timeseriesTable = b.timeseriesTable;
        this.decoder = b.decoder;
        this.window = b.window;
        this.timeZone = b.timeZone;
        this.mode = b.mode;
        this.columns = Collections.unmodifiableList(new ArrayList<RowColumn>(b.columns));
        this.exportSequenceInfo = b.exportSequenceInfo;
        this.exportDeletes = b.exportDeletes;
        this.maxRetries = b.maxRetries;
        this.enableSeekIterator = b.enableSeekIterator;
        this.threadNum = b.threadNum;
        this.enableTableGroupSupport = b.enableTableGroupSupport;
        this.confSimplifyEnable = b.confSimplifyEnable;
        this.beforeOffsetMillis = b.beforeOffsetMillis;
        this.afterOffsetMillis = b.afterOffsetMillis;
        this.warnings = Collections.unmodifiableList(new ArrayList<String>(b.warnings));
    }

    public Connection connection() {
        return connection;
    }

    /** The DataWorks data-source name the connection came from, or null. */
    public String datasource() {
        return datasource;
    }

    public String dataTable() {
        return dataTable;
    }

    public String statusTable() {
        return statusTable;
    }

    /** {@code isTimeseriesTable}: the data table is a time-series table. */
    public Decoder decoder() {
        return decoder;
    }

    public boolean timeseriesTable() {
        return timeseriesTable;
    }

    public TimeWindow window() {
        return window;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public Mode mode() {
        return mode;
    }

    public List<RowColumn> columns() {
        return columns;
    }

    public boolean exportSequenceInfo() {
        return exportSequenceInfo;
    }

    /** Row mode: a DeleteRow becomes a line (primary key filled, other columns null) instead of being skipped. */
    public boolean exportDeletes() {
        return exportDeletes;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public boolean enableSeekIterator() {
        return enableSeekIterator;
    }

    public int threadNum() {
        return threadNum;
    }

    public boolean enableTableGroupSupport() {
        return enableTableGroupSupport;
    }

    public boolean confSimplifyEnable() {
        return confSimplifyEnable;
    }

    /** How far inside the retention the start must lie (upstream BEFORE_OFFSET_TIME_MILLIS). */
    public long beforeOffsetMillis() {
        return beforeOffsetMillis;
    }

    /** How far in the past the end must lie (upstream AFTER_OFFSET_TIME_MILLIS). */
    public long afterOffsetMillis() {
        return afterOffsetMillis;
    }

    /** Values accepted under a lenient reading that the job should still be told about (logged once by the Job). */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "ReaderConfig{" + connection + (datasource == null ? "" : ", datasource=" + datasource)
                + ", dataTable=" + dataTable + ", statusTable=" + statusTable + ", isTimeseriesTable=" + timeseriesTable + ", window=" + window
                + ", timeZone=" + timeZone + ", mode=" + mode + ", columns=" + columns
                + ", isExportSequenceInfo=" + exportSequenceInfo + (exportDeletes ? ", exportDeletes=true" : "")
                + ", maxRetries=" + maxRetries
                + ", enableSeekIterator=" + enableSeekIterator + ", threadNum=" + threadNum
                + ", enableTableGroupSupport=" + enableTableGroupSupport + ", confSimplifyEnable=" + confSimplifyEnable
                + (decoder == Decoder.LEAN ? "" : ", decoder=" + decoder.name().toLowerCase(Locale.ROOT))
                + ", beforeOffsetMillis=" + beforeOffsetMillis + ", afterOffsetMillis=" + afterOffsetMillis + "}";
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        Connection connection;
        String datasource;
        String dataTable;
        String statusTable;
        boolean timeseriesTable;
        Decoder decoder = Decoder.LEAN;
        TimeWindow window;
        ZoneId timeZone;
        Mode mode = Mode.MULTI_VERSION;
        List<RowColumn> columns = Collections.emptyList();
        boolean exportSequenceInfo;
        boolean exportDeletes;
        int maxRetries = DEFAULT_MAX_RETRIES;
        boolean enableSeekIterator;
        int threadNum = DEFAULT_THREAD_NUM;
        boolean enableTableGroupSupport;
        boolean confSimplifyEnable;
        long beforeOffsetMillis = DEFAULT_BEFORE_OFFSET_MILLIS;
        long afterOffsetMillis = DEFAULT_AFTER_OFFSET_MILLIS;
        final List<String> warnings = new ArrayList<String>();

        ReaderConfig build() {
            return new ReaderConfig(this);
        }
    }
}
