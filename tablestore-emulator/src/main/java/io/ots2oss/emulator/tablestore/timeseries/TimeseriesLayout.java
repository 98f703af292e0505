package io.ots2oss.emulator.tablestore.timeseries;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.model.ColumnType;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyBuilder;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import io.ots2oss.emulator.tablestore.error.OtsError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How a time-series table is stored: a hidden wide table {@code <name>#timeseries} keyed by
 * ({@code _#h}, {@code _m_name}, {@code _data_source}, {@code _tags}, {@code _time} µs), one cell per field named
 * {@code <field>:<type letter>}. The SDK strips {@code _#h} and the suffixes when it parses time-series data and
 * stream records, so this is the layout its parsers expect.
 */
public final class TimeseriesLayout {
    public static final String HIDDEN_TABLE_SUFFIX = "#timeseries";
    public static final String HASH = "_#h";
    public static final String MEASUREMENT = "_m_name";
    public static final String DATA_SOURCE = "_data_source";
    public static final String TAGS = "_tags";
    public static final String TIME = "_time";

    private TimeseriesLayout() {
    }

    public static String hiddenTableName(String timeseriesTable) {
        return timeseriesTable + HIDDEN_TABLE_SUFFIX;
    }

    public static OtsInternalApi.TableMeta hiddenTableMeta(String timeseriesTable) {
        return OtsInternalApi.TableMeta.newBuilder().setTableName(hiddenTableName(timeseriesTable))
                .addPrimaryKey(stringKey(HASH))
                .addPrimaryKey(stringKey(MEASUREMENT))
                .addPrimaryKey(stringKey(DATA_SOURCE))
                .addPrimaryKey(stringKey(TAGS))
                .addPrimaryKey(OtsInternalApi.PrimaryKeySchema.newBuilder().setName(TIME).setType(OtsInternalApi.PrimaryKeyType.INTEGER))
                .build();
    }

    private static OtsInternalApi.PrimaryKeySchema.Builder stringKey(String name) {
        return OtsInternalApi.PrimaryKeySchema.newBuilder().setName(name).setType(OtsInternalApi.PrimaryKeyType.STRING);
    }

    /** The row key of one data point; {@code timeMicros} may be a range bound. */
    public static PrimaryKey rowKey(SeriesKey series, PrimaryKeyValue timeMicros) {
        return PrimaryKeyBuilder.createPrimaryKeyBuilder()
                .addPrimaryKeyColumn(HASH, PrimaryKeyValue.fromString(hash(series)))
                .addPrimaryKeyColumn(MEASUREMENT, PrimaryKeyValue.fromString(series.measurement()))
                .addPrimaryKeyColumn(DATA_SOURCE, PrimaryKeyValue.fromString(series.dataSource()))
                .addPrimaryKeyColumn(TAGS, PrimaryKeyValue.fromString(series.tags()))
                .addPrimaryKeyColumn(TIME, timeMicros)
                .build();
    }

    /**
     * The stored {@code _#h}: 8 hex digits of the series key's MD5. The service's hash is not public; any stable
     * function of the series key spreads series over shards the same way (a row's shard follows its first key column).
     */
    static String hash(SeriesKey series) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(
                    (series.measurement() + '\0' + series.dataSource() + '\0' + series.tags()).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(8);
            for (int i = 0; i < 4; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stored name of a field: {@code <field>:<letter>}. {@code d}, {@code s} and {@code i} appear in the SDK's
     * tests; {@code b} (boolean) and {@code n} (binary) are the emulator's choice (the service's are not published).
     */
    public static String cellName(String field, ColumnType type) {
        return field + ':' + suffix(type);
    }

    static char suffix(ColumnType type) {
        switch (type) {
            case INTEGER: return 'i';
            case DOUBLE: return 'd';
            case BOOLEAN: return 'b';
            case STRING: return 's';
            case BINARY: return 'n';
            default: throw OtsError.invalidParameter("Unsupported field type: " + type + ".");
        }
    }

    /** The column type of a time-series {@code DataType} number (LONG 1, BOOLEAN 2, DOUBLE 3, STRING 4, BINARY 5). */
    public static ColumnType columnTypeOf(int dataType) {
        switch (dataType) {
            case 1: return ColumnType.INTEGER;
            case 2: return ColumnType.BOOLEAN;
            case 3: return ColumnType.DOUBLE;
            case 4: return ColumnType.STRING;
            case 5: return ColumnType.BINARY;
            default: throw OtsError.invalidParameter("Unsupported field data type: " + dataType + ".");
        }
    }
}
