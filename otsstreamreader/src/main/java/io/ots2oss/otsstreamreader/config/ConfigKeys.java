package io.ots2oss.otsstreamreader.config;

/** Every job key the reader understands (upstream names, plus the DataWorks aliases and our additions). */
public final class ConfigKeys {
    public static final String ENDPOINT = "endpoint";
    public static final String ACCESS_ID = "accessId";
    public static final String ACCESS_KEY = "accessKey";
    public static final String SECURITY_TOKEN = "securityToken";
    public static final String INSTANCE_NAME = "instanceName";
    public static final String DATASOURCE = "datasource";
    public static final String DATA_TABLE = "dataTable";
    public static final String TABLE = "table";
    public static final String STATUS_TABLE = "statusTable";
    public static final String START_MILLIS = "startTimestampMillis";
    public static final String END_MILLIS = "endTimestampMillis";
    public static final String START_STRING = "startTimeString";
    public static final String END_STRING = "endTimeString";
    public static final String DATE = "date";
    public static final String TIME_ZONE = "timeZone";
    public static final String MODE = "mode";
    public static final String COLUMN = "column";
    public static final String COLUMN_NAME = "name";
    public static final String COLUMN_IS_TAG = "is_timeseries_tag";
    public static final String IS_EXPORT_SEQUENCE_INFO = "isExportSequenceInfo";
    public static final String EXPORT_DELETES = "exportDeletes";
    public static final String MAX_RETRIES = "maxRetries";
    public static final String ENABLE_SEEK_ITERATOR = "enableSeekIterator";
    public static final String THREAD_NUM = "threadNum";
    public static final String ENABLE_TABLE_GROUP_SUPPORT = "enableTableGroupSupport";
    public static final String CONF_SIMPLIFY_ENABLE = "confSimplifyEnable";
    public static final String IS_TIMESERIES_TABLE = "isTimeseriesTable";
    public static final String DECODER = "decoder";

    /** Keys whose values are secrets: never logged, printed or put into messages. */
    public static final String[] SECRET_KEYS = {ACCESS_KEY, SECURITY_TOKEN};

    /** JVM properties upstream reads to move the retention and clock-skew margins. */
    public static final String BEFORE_OFFSET_PROPERTY = "BEFORE_OFFSET_TIME_MILLIS";
    public static final String AFTER_OFFSET_PROPERTY = "AFTER_OFFSET_TIME_MILLIS";

    private ConfigKeys() {
    }
}
