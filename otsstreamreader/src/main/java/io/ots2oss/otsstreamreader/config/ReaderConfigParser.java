package io.ots2oss.otsstreamreader.config;

import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.HttpEndpoint;
import io.ots2oss.common.config.KeyReader;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.common.secret.Secret;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Properties;

/** Turns the reader's {@code parameter} section into a validated {@link ReaderConfig}, or fails naming the key. */
public final class ReaderConfigParser {
    private final DatasourceLookup datasources;
    private final Properties systemProperties;

    public ReaderConfigParser(DatasourceLookup datasources, Properties systemProperties) {
        this.datasources = datasources;
        this.systemProperties = systemProperties;
    }

    /** Throws a {@link com.alibaba.datax.common.exception.DataXException} naming the key when a value is wrong. */
    public ReaderConfig parse(Configuration parameter) {
        try {
            return parse(KeyReader.of(parameter, ConfigKeys.SECRET_KEYS));
        } catch (ConfigError e) {
            throw e.toDataX(ReaderErrorCode.CONFIG_INVALID);
        }
    }

    private ReaderConfig parse(KeyReader job) {
        ReaderConfig.Builder b = ReaderConfig.builder();
        b.datasource = job.text(ConfigKeys.DATASOURCE);
        KeyReader values = b.datasource == null ? job : job.withFallback(datasources.connectionKeys(b.datasource));
        b.connection = connection(values, b.datasource);
        b.dataTable = dataTable(values);
        b.statusTable = values.required(ConfigKeys.STATUS_TABLE, "the name of the status table");
        b.timeZone = timeZone(values);
        b.window = new WindowParser(values, b.timeZone, b.warnings).parse();
        b.exportSequenceInfo = values.bool(ConfigKeys.IS_EXPORT_SEQUENCE_INFO, false);
        b.maxRetries = values.intAtLeast(ConfigKeys.MAX_RETRIES, ReaderConfig.DEFAULT_MAX_RETRIES, 0);
        b.enableSeekIterator = values.bool(ConfigKeys.ENABLE_SEEK_ITERATOR, false);
        b.threadNum = values.intAtLeast(ConfigKeys.THREAD_NUM, ReaderConfig.DEFAULT_THREAD_NUM, 1);
        b.enableTableGroupSupport = values.bool(ConfigKeys.ENABLE_TABLE_GROUP_SUPPORT, false);
        b.confSimplifyEnable = values.bool(ConfigKeys.CONF_SIMPLIFY_ENABLE, false);
        b.timeseriesTable = values.bool(ConfigKeys.IS_TIMESERIES_TABLE, false);
        b.decoder = decoder(values);
        b.mode = mode(values);
        b.columns = RowModeOptions.columns(values, b.mode, b.timeseriesTable);
        b.exportDeletes = RowModeOptions.exportDeletes(values, b.mode, b.timeseriesTable, b.columns);
        b.beforeOffsetMillis = offset(ConfigKeys.BEFORE_OFFSET_PROPERTY, ReaderConfig.DEFAULT_BEFORE_OFFSET_MILLIS);
        b.afterOffsetMillis = offset(ConfigKeys.AFTER_OFFSET_PROPERTY, ReaderConfig.DEFAULT_AFTER_OFFSET_MILLIS);
        return b.build();
    }

    /** {@code values} already holds the data source's fields where the job leaves a key unset. */
    private static Connection connection(KeyReader values, String datasource) {
        String origin = datasource == null ? "" : " (or in data source '" + datasource + "')";
        String endpoint = HttpEndpoint.check(ConfigKeys.ENDPOINT, values.required(ConfigKeys.ENDPOINT,
                "the Tablestore endpoint, e.g. https://inst.cn-hangzhou.ots.aliyuncs.com" + origin), false);
        String accessId = values.required(ConfigKeys.ACCESS_ID, "the AccessKey ID" + origin);
        Secret accessKey = values.requiredSecret(ConfigKeys.ACCESS_KEY, "the AccessKey secret" + origin);
        // An absent token stays null (not a Secret of null): callers test for its presence.
        Secret token = values.secret(ConfigKeys.SECURITY_TOKEN);
        String instance = values.required(ConfigKeys.INSTANCE_NAME, "the Tablestore instance name" + origin);
        if (!instance.matches("[a-zA-Z0-9_-]+")) {
            throw values.illegal(ConfigKeys.INSTANCE_NAME, instance, "letters, digits, '_' and '-' only");
        }
        return new Connection(endpoint, accessId, accessKey, token, instance);
    }

    private static String dataTable(KeyReader values) {
        String dataTable = values.text(ConfigKeys.DATA_TABLE);
        String table = values.text(ConfigKeys.TABLE);
        if (dataTable != null && table != null && !dataTable.equals(table)) {
            throw new ConfigError(ConfigKeys.TABLE, "Job keys '" + ConfigKeys.DATA_TABLE + "' (\"" + dataTable + "\") and '"
                    + ConfigKeys.TABLE + "' (\"" + table + "\") name different tables; '" + ConfigKeys.TABLE
                    + "' is an alias of '" + ConfigKeys.DATA_TABLE + "', set only one.");
        }
        String name = dataTable != null ? dataTable : table;
        if (name == null) {
            throw values.missing(ConfigKeys.DATA_TABLE, "the name of the table whose stream is exported (alias '" + ConfigKeys.TABLE + "')");
        }
        return name;
    }

    private static ZoneId timeZone(KeyReader values) {
        String zone = values.text(ConfigKeys.TIME_ZONE);
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw values.illegal(ConfigKeys.TIME_ZONE, zone, "a time-zone id such as Asia/Shanghai, UTC or +08:00");
        }
    }

    private static Mode mode(KeyReader values) {
        String mode = values.text(ConfigKeys.MODE);
        if (mode == null) {
            return Mode.MULTI_VERSION;
        }
        if (RowModeOptions.ROW_MODE.equalsIgnoreCase(mode)) {
            return Mode.SINGLE_VERSION_AND_UPDATE_ONLY;
        }
        throw values.illegal(ConfigKeys.MODE, mode, "absent (multi-version mode) or \"" + RowModeOptions.ROW_MODE + "\"");
    }

    private static Decoder decoder(KeyReader values) {
        String decoder = values.text(ConfigKeys.DECODER);
        if (decoder == null) {
            return Decoder.LEAN;
        }
        for (Decoder known : Decoder.values()) {
            if (known.name().equalsIgnoreCase(decoder)) {
                return known;
            }
        }
        throw values.illegal(ConfigKeys.DECODER, decoder, "absent, \"lean\" (the default) or \"sdk\" (the Tablestore SDK's own parsing)");
    }

    /** Upstream reads these margins from JVM properties ({@code -D}), so errors name them that way. */
    private long offset(String property, long defaultValue) {
        String value = systemProperties.getProperty(property);
        if (value == null) {
            return defaultValue;
        }
        Long parsed = new KeyReader(Collections.singletonMap("-D" + property, value))
                .wholeNumber("-D" + property, 0, Long.MAX_VALUE, "a non-negative number of milliseconds");
        return parsed == null ? defaultValue : parsed;
    }
}
