package io.ots2oss.otsstreamreader.config;

import com.alibaba.datax.common.util.Configuration;
import io.ots2oss.common.secret.Secret;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Turns the reader's {@code parameter} section into a validated {@link ReaderConfig}, or fails naming the key. */
public final class ReaderConfigParser {
    private static final String ROW_MODE = "single_version_and_update_only";

    private final DatasourceLookup datasources;
    private final Properties systemProperties;

    public ReaderConfigParser(DatasourceLookup datasources, Properties systemProperties) {
        this.datasources = datasources;
        this.systemProperties = systemProperties;
    }

    public ReaderConfig parse(Configuration parameter) {
        ValueReader values = new ValueReader(parameter);
        ReaderConfig.Builder b = ReaderConfig.builder();
        b.datasource = values.text(ConfigKeys.DATASOURCE);
        b.connection = connection(values, b.datasource);
        b.dataTable = dataTable(values);
        b.statusTable = required(values, ConfigKeys.STATUS_TABLE, "the name of the status table");
        b.timeZone = timeZone(values);
        b.window = new WindowParser(values, b.timeZone).parse();
        b.exportSequenceInfo = values.bool(ConfigKeys.IS_EXPORT_SEQUENCE_INFO, false);
        b.maxRetries = values.intAtLeast(ConfigKeys.MAX_RETRIES, ReaderConfig.DEFAULT_MAX_RETRIES, 0);
        b.enableSeekIterator = values.bool(ConfigKeys.ENABLE_SEEK_ITERATOR, false);
        b.threadNum = values.intAtLeast(ConfigKeys.THREAD_NUM, ReaderConfig.DEFAULT_THREAD_NUM, 1);
        b.enableTableGroupSupport = values.bool(ConfigKeys.ENABLE_TABLE_GROUP_SUPPORT, false);
        b.confSimplifyEnable = values.bool(ConfigKeys.CONF_SIMPLIFY_ENABLE, false);
        if (values.bool(ConfigKeys.IS_TIMESERIES_TABLE, false)) {
            throw ConfigProblem.of(ConfigKeys.IS_TIMESERIES_TABLE, true,
                    "false: time-series tables are not supported yet by this reader");
        }
        b.mode = mode(values);
        b.columns = b.mode == Mode.SINGLE_VERSION_AND_UPDATE_ONLY ? columns(values) : Collections.<RowColumn>emptyList();
        b.beforeOffsetMillis = offset(ConfigKeys.BEFORE_OFFSET_PROPERTY, ReaderConfig.DEFAULT_BEFORE_OFFSET_MILLIS);
        b.afterOffsetMillis = offset(ConfigKeys.AFTER_OFFSET_PROPERTY, ReaderConfig.DEFAULT_AFTER_OFFSET_MILLIS);
        return b.build();
    }

    private Connection connection(ValueReader values, String datasource) {
        Map<String, String> fromCatalog = datasource == null
                ? Collections.<String, String>emptyMap() : datasources.connectionKeys(datasource);
        String origin = datasource == null ? "" : " (or in data source '" + datasource + "')";
        String endpoint = pick(values, fromCatalog, ConfigKeys.ENDPOINT, "the Tablestore endpoint, e.g. https://inst.cn-hangzhou.ots.aliyuncs.com" + origin);
        if (!endpoint.matches("(?i)https?://[a-zA-Z0-9._-]+(:\\d{1,5})?/?")) {
            throw ConfigProblem.of(ConfigKeys.ENDPOINT, endpoint, "http:// or https:// followed by a host and optional port, without a path");
        }
        String accessId = pick(values, fromCatalog, ConfigKeys.ACCESS_ID, "the AccessKey ID" + origin);
        String accessKey = pickSecret(values, fromCatalog, ConfigKeys.ACCESS_KEY, true, "the AccessKey secret" + origin);
        String token = pickSecret(values, fromCatalog, ConfigKeys.SECURITY_TOKEN, false, "an STS security token");
        String instance = pick(values, fromCatalog, ConfigKeys.INSTANCE_NAME, "the Tablestore instance name" + origin);
        if (!instance.matches("[a-zA-Z0-9_-]+")) {
            throw ConfigProblem.of(ConfigKeys.INSTANCE_NAME, instance, "letters, digits, '_' and '-' only");
        }
        // An absent token stays null (not a Secret of null): callers test for its presence.
        return new Connection(endpoint, accessId, Secret.of(accessKey), token == null ? null : Secret.of(token), instance);
    }

    private static String pick(ValueReader values, Map<String, String> catalog, String key, String expected) {
        String explicit = values.text(key);
        if (explicit != null) {
            return explicit;
        }
        String fromCatalog = catalog.get(key);
        if (fromCatalog != null && !fromCatalog.trim().isEmpty()) {
            return fromCatalog.trim();
        }
        throw ConfigProblem.missing(key, expected);
    }

    /** Like {@link #pick} but never echoes the value in an error. */
    private static String pickSecret(ValueReader values, Map<String, String> catalog, String key, boolean required, String expected) {
        Object raw = values.raw(key);
        if (raw != null) {
            String text = raw instanceof String ? ((String) raw).trim() : "";
            if (text.isEmpty()) {
                throw ConfigProblem.of(key, "<hidden>", "a non-empty string");
            }
            return text;
        }
        String fromCatalog = catalog.get(key);
        if (fromCatalog != null && !fromCatalog.trim().isEmpty()) {
            return fromCatalog.trim();
        }
        if (required) {
            throw ConfigProblem.missing(key, expected);
        }
        return null;
    }

    private static String required(ValueReader values, String key, String expected) {
        String value = values.text(key);
        if (value == null) {
            throw ConfigProblem.missing(key, expected);
        }
        return value;
    }

    private static String dataTable(ValueReader values) {
        String dataTable = values.text(ConfigKeys.DATA_TABLE);
        String table = values.text(ConfigKeys.TABLE);
        if (dataTable != null && table != null && !dataTable.equals(table)) {
            throw ConfigProblem.conflict("Reader keys '" + ConfigKeys.DATA_TABLE + "' (\"" + dataTable + "\") and '"
                    + ConfigKeys.TABLE + "' (\"" + table + "\") name different tables; '" + ConfigKeys.TABLE
                    + "' is an alias of '" + ConfigKeys.DATA_TABLE + "', set only one.");
        }
        String name = dataTable != null ? dataTable : table;
        if (name == null) {
            throw ConfigProblem.missing(ConfigKeys.DATA_TABLE, "the name of the table whose stream is exported (alias '" + ConfigKeys.TABLE + "')");
        }
        return name;
    }

    private static ZoneId timeZone(ValueReader values) {
        String zone = values.text(ConfigKeys.TIME_ZONE);
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ConfigProblem.of(ConfigKeys.TIME_ZONE, zone, "a time-zone id such as Asia/Shanghai, UTC or +08:00");
        }
    }

    private static Mode mode(ValueReader values) {
        String mode = values.text(ConfigKeys.MODE);
        if (mode == null) {
            return Mode.MULTI_VERSION;
        }
        if (ROW_MODE.equalsIgnoreCase(mode)) {
            return Mode.SINGLE_VERSION_AND_UPDATE_ONLY;
        }
        throw ConfigProblem.of(ConfigKeys.MODE, mode, "absent (multi-version mode) or \"" + ROW_MODE + "\"");
    }

    private static List<RowColumn> columns(ValueReader values) {
        Object raw = values.raw(ConfigKeys.COLUMN);
        if (!(raw instanceof List) || ((List<?>) raw).isEmpty()) {
            throw ConfigProblem.of(ConfigKeys.COLUMN, raw, "in mode " + ROW_MODE
                    + " a non-empty list of {\"name\": \"...\"} items naming the columns to export");
        }
        List<RowColumn> columns = new ArrayList<RowColumn>();
        List<?> items = (List<?>) raw;
        for (int i = 0; i < items.size(); i++) {
            columns.add(column(items.get(i), i));
        }
        return columns;
    }

    private static RowColumn column(Object item, int index) {
        String key = ConfigKeys.COLUMN + "[" + index + "]";
        if (!(item instanceof Map)) {
            throw ConfigProblem.of(key, item, "an object such as {\"name\": \"col1\"}");
        }
        Map<?, ?> map = (Map<?, ?>) item;
        Object name = map.get(ConfigKeys.COLUMN_NAME);
        if (!(name instanceof String) || ((String) name).trim().isEmpty()) {
            throw ConfigProblem.of(key + "." + ConfigKeys.COLUMN_NAME, name, "a non-empty column name");
        }
        Object tag = map.get(ConfigKeys.COLUMN_IS_TAG);
        boolean isTag;
        if (tag == null) {
            isTag = false;
        } else if (tag instanceof Boolean) {
            isTag = (Boolean) tag;
        } else if ("true".equalsIgnoreCase(String.valueOf(tag).trim()) || "false".equalsIgnoreCase(String.valueOf(tag).trim())) {
            isTag = Boolean.parseBoolean(String.valueOf(tag).trim());
        } else {
            throw ConfigProblem.of(key + "." + ConfigKeys.COLUMN_IS_TAG, tag, "true or false");
        }
        if (isTag) {
            throw ConfigProblem.of(key + "." + ConfigKeys.COLUMN_IS_TAG, tag,
                    "false: time-series tags need isTimeseriesTable, which is not supported yet");
        }
        return new RowColumn(((String) name).trim(), false);
    }

    private long offset(String property, long defaultValue) {
        String value = systemProperties.getProperty(property);
        if (value == null) {
            return defaultValue;
        }
        Long parsed = ValueReader.asLong(value);
        if (parsed == null || parsed < 0) {
            throw ConfigProblem.of("-D" + property, value, "a non-negative number of milliseconds");
        }
        return parsed;
    }
}
