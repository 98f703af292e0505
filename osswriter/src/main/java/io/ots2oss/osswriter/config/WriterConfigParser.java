package io.ots2oss.osswriter.config;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.HttpEndpoint;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.common.secret.Secret;

import java.nio.charset.Charset;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Map;

import io.ots2oss.osswriter.format.OutputFormats;
import io.ots2oss.osswriter.format.RecordWriterProvider;

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

    /** Throws {@link ConfigError} naming the key when a value is wrong. */
    public WriterConfig parse(Map<String, Object> parameter) {
        KeyReader params = withDatasource(new KeyReader(parameter, Keys.SECRET_KEYS));
        FormatConfig format = parseFormat(params);
        RecordWriterProvider writers = OutputFormats.configure(params, format);
        boolean single = params.bool(Keys.WRITE_SINGLE_OBJECT, false);
        WriteMode writeMode = WriteMode.parse(Keys.WRITE_MODE, params.text(Keys.WRITE_MODE));
        checkSingleObject(single, writeMode, writers);
        String template = params.text(Keys.OBJECT_NAME_TEMPLATE);
        if (template != null) {
            ObjectNameTemplateCheck.validate(template, single);
        }
        return new WriterConfig(parseConnection(params), format, writers, parseObject(params), writeMode, parseSuffix(params),
                params.longInRange(Keys.MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE_MB, 1, Long.MAX_VALUE / WriterConfig.MB) * WriterConfig.MB,
                (int) (params.intInRange(Keys.BLOCK_SIZE_IN_MB, DEFAULT_BLOCK_SIZE_MB, 1, MAX_BLOCK_SIZE_MB) * WriterConfig.MB),
                params.bool(Keys.GENERATE_EMPTY_FILE, true), single, template,
                params.intInRange(Keys.UPLOAD_CONCURRENCY, 2, 1, 16), parsePartition(params, single, template));
    }

    /** Fields of {@code datasource} fill in connection keys the job leaves out; keys in the job win. */
    private KeyReader withDatasource(KeyReader params) {
        String name = params.text(Keys.DATASOURCE);
        return name == null ? params : params.withFallback(datasources.resolve(name));
    }

    private static OssConnection parseConnection(KeyReader params) {
        String endpoint = HttpEndpoint.check(Keys.ENDPOINT,
                params.required(Keys.ENDPOINT, "the OSS endpoint, such as https://oss-cn-hangzhou.aliyuncs.com"), true);
        return new OssConnection(endpoint,
                params.required(Keys.ACCESS_ID, "the AccessKey ID"),
                params.requiredSecret(Keys.ACCESS_KEY, "the AccessKey secret").reveal(),
                reveal(params.secret(Keys.SECURITY_TOKEN)),
                params.required(Keys.BUCKET, "the name of an existing bucket"),
                params.text(Keys.CNAME),
                params.bool(Keys.ENCRYPT, false),
                parseProxy(params));
    }

    private static String reveal(Secret secret) {
        return secret == null ? null : secret.reveal();
    }

    private static ProxySettings parseProxy(KeyReader params) {
        String host = params.text(Keys.PROXY_HOST);
        if (host == null) {
            return ProxySettings.none();
        }
        HttpEndpoint.checkHost(Keys.PROXY_HOST, host);
        if (!params.has(Keys.PROXY_PORT)) {
            throw ConfigError.missing(Keys.PROXY_PORT, "the proxy port (1-65535) when proxyHost is set");
        }
        int port = params.intInRange(Keys.PROXY_PORT, 0, 1, 65535);
        return new ProxySettings(host, port, params.text(Keys.PROXY_USERNAME), reveal(params.secret(Keys.PROXY_PASSWORD)),
                params.text(Keys.PROXY_DOMAIN), params.text(Keys.PROXY_WORKSTATION));
    }

    private static String parseObject(KeyReader params) {
        String object = params.required(Keys.OBJECT, "the object name prefix, such as exports/orders");
        if (object.startsWith("/") || object.startsWith("\\")) {
            throw params.illegal(Keys.OBJECT, object, "an object name that does not start with '/' (write 'cdo/datax', not '/cdo/datax')");
        }
        return ObjectNameRules.checkName(Keys.OBJECT, object);
    }

    private static String parseSuffix(KeyReader params) {
        String suffix = params.text(Keys.SUFFIX);
        if (suffix == null) {
            return "";
        }
        if (suffix.contains("/") || suffix.contains("\\")) {
            throw params.illegal(Keys.SUFFIX, suffix, "an extension such as .csv, without '/' or '\\'");
        }
        ObjectNameRules.checkPart(Keys.SUFFIX, suffix, "an extension such as .csv");
        return suffix.startsWith(".") ? suffix : "." + suffix;
    }

    private static FormatConfig parseFormat(KeyReader params) {
        return new FormatConfig(parseFieldDelimiter(params), parseLineDelimiter(params),
                parseEncoding(params), nullFormat(params), parseDateFormat(params),
                "base64".equalsIgnoreCase(params.text(Keys.BYTE_ENCODING)), params.strings(Keys.HEADER));
    }

    private static String parseFieldDelimiter(KeyReader params) {
        String delimiter = params.verbatim(Keys.FIELD_DELIMITER);
        if (delimiter == null) {
            return ",";
        }
        if (delimiter.isEmpty()) {
            throw ConfigError.illegal(Keys.FIELD_DELIMITER, delimiter, "a non-empty delimiter");
        }
        return delimiter;
    }

    private static String parseLineDelimiter(KeyReader params) {
        String delimiter = params.verbatim(Keys.LINE_DELIMITER);
        if (delimiter == null) {
            return System.getProperty("line.separator");
        }
        if (delimiter.isEmpty()) {
            throw ConfigError.illegal(Keys.LINE_DELIMITER, delimiter, "a non-empty line delimiter such as \\n or \\r\\n");
        }
        return delimiter;
    }

    private static Charset parseEncoding(KeyReader params) {
        String encoding = params.text(Keys.ENCODING);
        if (encoding == null) {
            return Charset.forName("UTF-8");
        }
        try {
            return Charset.forName(encoding);
        } catch (RuntimeException e) {
            throw ConfigError.illegal(Keys.ENCODING, encoding, "a charset name known to Java, such as UTF-8 or GBK");
        }
    }

    /** Upstream writes the literal {@code null} when the key is unset; an empty string is a valid choice. */
    private static String nullFormat(KeyReader params) {
        String nullFormat = params.verbatim(Keys.NULL_FORMAT);
        return nullFormat == null ? DEFAULT_NULL_FORMAT : nullFormat;
    }

    private static String parseDateFormat(KeyReader params) {
        String pattern = params.text(Keys.DATE_FORMAT);
        if (pattern == null) {
            return null;
        }
        try {
            new SimpleDateFormat(pattern);
        } catch (IllegalArgumentException e) {
            throw ConfigError.illegal(Keys.DATE_FORMAT, pattern, "a java.text.SimpleDateFormat pattern such as yyyy-MM-dd HH:mm:ss");
        }
        return pattern;
    }

    private static void checkSingleObject(boolean single, WriteMode writeMode, RecordWriterProvider writers) {
        if (!single) {
            return;
        }
        if (writeMode == WriteMode.APPEND) {
            throw ConfigError.illegal(Keys.WRITE_MODE, writeMode.jobValue(), "truncate or nonConflict when writeSingleObject is true");
        }
        if (!writers.concatenable()) {
            throw ConfigError.illegal(Keys.WRITE_SINGLE_OBJECT, true, "false for fileFormat " + writers.fileFormat()
                    + " (one " + writers.fileFormat() + " file cannot be written by several tasks)");
        }
    }

    /** Upstream reads only the entries' count, and ignores the key for a single object; so do we. */
    private static int parsePartition(KeyReader params, boolean single, String template) {
        int columns = params.strings(Keys.PARTITION).size();
        if (columns > 0 && template != null) {
            throw params.illegal(Keys.PARTITION, params.raw(Keys.PARTITION),
                    "no partition with objectNameTemplate (put the values into the template with -p \"-Dname=value\")");
        }
        return single ? 0 : columns;
    }

    static List<String> secretKeys() {
        return java.util.Arrays.asList(Keys.SECRET_KEYS);
    }
}
