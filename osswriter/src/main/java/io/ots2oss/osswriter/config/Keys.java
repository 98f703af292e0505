package io.ots2oss.osswriter.config;

/** Job keys read by the writer; names and meanings match upstream unless marked new. */
public final class Keys {
    public static final String ENDPOINT = "endpoint";
    public static final String ACCESS_ID = "accessId";
    public static final String ACCESS_KEY = "accessKey";
    /** New: STS security token. */
    public static final String SECURITY_TOKEN = "securityToken";
    public static final String BUCKET = "bucket";
    /** Resolved from the local datasource catalog (see README). */
    public static final String DATASOURCE = "datasource";
    public static final String CNAME = "cname";
    public static final String ENCRYPT = "encrypt";
    public static final String PROXY_HOST = "proxyHost";
    public static final String PROXY_PORT = "proxyPort";
    public static final String PROXY_USERNAME = "proxyUsername";
    public static final String PROXY_PASSWORD = "proxyPassword";
    public static final String PROXY_DOMAIN = "proxyDomain";
    public static final String PROXY_WORKSTATION = "proxyWorkstation";

    public static final String OBJECT = "object";
    public static final String WRITE_MODE = "writeMode";
    public static final String WRITE_SINGLE_OBJECT = "writeSingleObject";
    public static final String SUFFIX = "suffix";
    public static final String MAX_FILE_SIZE = "maxFileSize";
    public static final String BLOCK_SIZE_IN_MB = "blockSizeInMB";
    public static final String GENERATE_EMPTY_FILE = "generateEmptyFile";
    /** New: deterministic object names. */
    public static final String OBJECT_NAME_TEMPLATE = "objectNameTemplate";
    /** New: part uploads of one task in flight at once. */
    public static final String UPLOAD_CONCURRENCY = "uploadConcurrency";
    /** Upstream's: the values of the last N columns of each object's first record go into its name. */
    public static final String PARTITION = "partition";

    public static final String FILE_FORMAT = "fileFormat";
    public static final String FIELD_DELIMITER = "fieldDelimiter";
    public static final String LINE_DELIMITER = "lineDelimiter";
    public static final String ENCODING = "encoding";
    public static final String NULL_FORMAT = "nullFormat";
    public static final String DATE_FORMAT = "dateFormat";
    public static final String BYTE_ENCODING = "byteEncoding";
    public static final String HEADER = "header";
    public static final String COMPRESS = "compress";
    public static final String COLUMN = "column";
    public static final String PARQUET_SCHEMA = "parquetSchema";
    /** Upstream's: INT96 timestamps as the JVM zone's wall-clock time. */
    public static final String PARQUET_UTC_TIMESTAMP = "parquetUtcTimestamp";
    /** New: {@code int96} (upstream's encoding, default), {@code millis} or {@code micros} for {@code timestamp} columns. */
    public static final String PARQUET_TIMESTAMP_TYPE = "parquetTimestampType";

    /** Keys whose values are secrets: never logged, printed or put into messages. */
    public static final String[] SECRET_KEYS = {ACCESS_KEY, SECURITY_TOKEN, PROXY_PASSWORD};

    private Keys() {
    }
}
