package io.ots2oss.osswriter.config;

import java.nio.charset.Charset;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses and validates the writer's {@code parameter} section once, into a {@link WriterConfig}. */
public final class WriterConfigParser {
    static final long DEFAULT_MAX_FILE_SIZE_MB = 100000L;
    static final int DEFAULT_BLOCK_SIZE_MB = 10;
    static final int MAX_BLOCK_SIZE_MB = 5 * 1024;
    static final String DEFAULT_NULL_FORMAT = "null";

    private final DatasourceLookup datasources;

    public WriterConfigParser(DatasourceLookup datasources) {
        this.datasources = datasources;
    }

    public WriterConfig parse(Map<String, Object> parameter) {
        JobParameters params = new JobParameters(withDatasource(parameter));
        FormatConfig format = parseFormat(params);
        boolean single = params.bool(Keys.WRITE_SINGLE_OBJECT, false);
        WriteMode writeMode = WriteMode.parse(Keys.WRITE_MODE, params.string(Keys.WRITE_MODE));
        checkSingleObject(single, writeMode, format);
        String template = params.string(Keys.OBJECT_NAME_TEMPLATE);
        if (template != null) {
            ObjectNameTemplateCheck.validate(template, single);
        }
        return new WriterConfig(parseConnection(params), format, parseObject(params), writeMode, parseSuffix(params),
                params.positiveLong(Keys.MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE_MB) * WriterConfig.MB,
                (int) (params.intInRange(Keys.BLOCK_SIZE_IN_MB, DEFAULT_BLOCK_SIZE_MB, 1, MAX_BLOCK_SIZE_MB) * WriterConfig.MB),
                params.bool(Keys.GENERATE_EMPTY_FILE, true), single, template,
                params.intInRange(Keys.UPLOAD_CONCURRENCY, 2, 1, 16));
    }

    /** Fields of {@code datasource} fill in connection keys the job leaves out; keys in the job win. */
    private Map<String, Object> withDatasource(Map<String, Object> parameter) {
        Object name = parameter.get(Keys.DATASOURCE);
        if (name == null || String.valueOf(name).trim().isEmpty()) {
            return parameter;
        }
        Map<String, Object> merged = new HashMap<String, Object>(parameter);
        for (Map.Entry<String, String> field : datasources.resolve(String.valueOf(name).trim()).entrySet()) {
            Object own = merged.get(field.getKey());
            if ((own == null || String.valueOf(own).trim().isEmpty()) && field.getValue() != null) {
                merged.put(field.getKey(), field.getValue());
            }
        }
        return merged;
    }

    private static OssConnection parseConnection(JobParameters params) {
        String endpoint = params.required(Keys.ENDPOINT, "the OSS endpoint, such as https://oss-cn-hangzhou.aliyuncs.com");
        String lower = endpoint.toLowerCase(Locale.ROOT);
        if (lower.contains("://") && !lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw ConfigException.illegal(Keys.ENDPOINT, endpoint, "an http:// or https:// URL or a bare host name (not oss://)");
        }
        return new OssConnection(endpoint,
                params.required(Keys.ACCESS_ID, "the AccessKey ID"),
                requiredSecret(params, Keys.ACCESS_KEY, "the AccessKey secret"),
                params.string(Keys.SECURITY_TOKEN),
                params.required(Keys.BUCKET, "the name of an existing bucket"),
                params.string(Keys.CNAME),
                params.bool(Keys.ENCRYPT, false),
                parseProxy(params));
    }

    /** Like {@link JobParameters#required} but never echoes the value. */
    private static String requiredSecret(JobParameters params, String key, String expected) {
        String value = params.string(key);
        if (value == null) {
            throw ConfigException.missing(key, expected);
        }
        return value;
    }

    private static ProxySettings parseProxy(JobParameters params) {
        String host = params.string(Keys.PROXY_HOST);
        if (host == null) {
            return ProxySettings.none();
        }
        if (!params.has(Keys.PROXY_PORT)) {
            throw ConfigException.missing(Keys.PROXY_PORT, "the proxy port (1-65535) when proxyHost is set");
        }
        int port = params.intInRange(Keys.PROXY_PORT, 0, 1, 65535);
        return new ProxySettings(host, port, params.string(Keys.PROXY_USERNAME), params.string(Keys.PROXY_PASSWORD),
                params.string(Keys.PROXY_DOMAIN), params.string(Keys.PROXY_WORKSTATION));
    }

    private static String parseObject(JobParameters params) {
        String object = params.required(Keys.OBJECT, "the object name prefix, such as exports/orders");
        if (object.startsWith("/") || object.startsWith("\\")) {
            throw ConfigException.illegal(Keys.OBJECT, object, "an object name that does not start with '/' (write 'cdo/datax', not '/cdo/datax')");
        }
        return object;
    }

    private static String parseSuffix(JobParameters params) {
        String suffix = params.string(Keys.SUFFIX);
        if (suffix == null) {
            return "";
        }
        return suffix.startsWith(".") ? suffix : "." + suffix;
    }

    private static FormatConfig parseFormat(JobParameters params) {
        FileFormat fileFormat = FileFormat.parse(Keys.FILE_FORMAT, params.string(Keys.FILE_FORMAT));
        String compress = params.string(Keys.COMPRESS);
        boolean parquet = fileFormat == FileFormat.PARQUET;
        Compression compression = parquet ? Compression.NONE : Compression.parse(Keys.COMPRESS, compress);
        ParquetCodec codec = parquet ? ParquetCodec.parse(Keys.COMPRESS, compress) : ParquetCodec.UNCOMPRESSED;
        String schema = parquet ? ParquetSchemas.resolve(params.string(Keys.PARQUET_SCHEMA), params.list(Keys.COLUMN)) : null;
        return new FormatConfig(fileFormat, parseFieldDelimiter(params, fileFormat), parseLineDelimiter(params),
                parseEncoding(params), nullFormat(params), parseDateFormat(params),
                "base64".equalsIgnoreCase(params.string(Keys.BYTE_ENCODING)), params.stringList(Keys.HEADER),
                compression, codec, schema);
    }

    private static String parseFieldDelimiter(JobParameters params, FileFormat format) {
        String delimiter = params.rawString(Keys.FIELD_DELIMITER);
        if (delimiter == null) {
            return ",";
        }
        if (delimiter.isEmpty()) {
            throw ConfigException.illegal(Keys.FIELD_DELIMITER, delimiter, "a non-empty delimiter");
        }
        if (format == FileFormat.CSV && delimiter.length() != 1) {
            throw ConfigException.illegal(Keys.FIELD_DELIMITER, delimiter, "exactly one character for fileFormat csv");
        }
        if (format == FileFormat.CSV && (delimiter.equals("\"") || delimiter.equals("\r") || delimiter.equals("\n"))) {
            throw ConfigException.illegal(Keys.FIELD_DELIMITER, delimiter, "a character other than the quote, CR or LF for fileFormat csv");
        }
        return delimiter;
    }

    private static String parseLineDelimiter(JobParameters params) {
        String delimiter = params.rawString(Keys.LINE_DELIMITER);
        if (delimiter == null) {
            return System.getProperty("line.separator");
        }
        if (delimiter.isEmpty()) {
            throw ConfigException.illegal(Keys.LINE_DELIMITER, delimiter, "a non-empty line delimiter such as \\n or \\r\\n");
        }
        return delimiter;
    }

    private static Charset parseEncoding(JobParameters params) {
        String encoding = params.string(Keys.ENCODING);
        if (encoding == null) {
            return Charset.forName("UTF-8");
        }
        try {
            return Charset.forName(encoding);
        } catch (RuntimeException e) {
            throw ConfigException.illegal(Keys.ENCODING, encoding, "a charset name known to Java, such as UTF-8 or GBK");
        }
    }

    /** Upstream writes the literal {@code null} when the key is unset; an empty string is a valid choice. */
    private static String nullFormat(JobParameters params) {
        String nullFormat = params.rawString(Keys.NULL_FORMAT);
        return nullFormat == null ? DEFAULT_NULL_FORMAT : nullFormat;
    }

    private static String parseDateFormat(JobParameters params) {
        String pattern = params.string(Keys.DATE_FORMAT);
        if (pattern == null) {
            return null;
        }
        try {
            new SimpleDateFormat(pattern);
        } catch (IllegalArgumentException e) {
            throw ConfigException.illegal(Keys.DATE_FORMAT, pattern, "a java.text.SimpleDateFormat pattern such as yyyy-MM-dd HH:mm:ss");
        }
        return pattern;
    }

    private static void checkSingleObject(boolean single, WriteMode writeMode, FormatConfig format) {
        if (!single) {
            return;
        }
        if (writeMode == WriteMode.APPEND) {
            throw ConfigException.illegal(Keys.WRITE_MODE, writeMode.jobValue(), "truncate or nonConflict when writeSingleObject is true");
        }
        if (format.fileFormat() == FileFormat.PARQUET) {
            throw ConfigException.illegal(Keys.WRITE_SINGLE_OBJECT, true, "false for fileFormat parquet (one Parquet file cannot be written by several tasks)");
        }
    }

    static List<String> secretKeys() {
        return java.util.Arrays.asList(Keys.SECRET_KEYS);
    }
}
