package io.ots2oss.otsstreamreader.config;

import io.ots2oss.common.config.KeyReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Parses what row mode exports: the {@code column} list (table columns and {@link ChangeField}s) and
 * {@code exportDeletes}, refusing the combinations whose output could be misread.
 */
final class RowModeOptions {
    static final String ROW_MODE = "single_version_and_update_only";

    private RowModeOptions() {
    }

    static List<RowColumn> columns(KeyReader values, Mode mode, boolean timeseriesTable) {
        if (mode != Mode.SINGLE_VERSION_AND_UPDATE_ONLY || timeseriesTable) {
            refuseChangeFieldsOutsideRowMode(values, mode);
        }
        if (mode != Mode.SINGLE_VERSION_AND_UPDATE_ONLY) {
            return Collections.emptyList();
        }
        String expected = "in mode " + ROW_MODE + " a non-empty list of {\"name\": \"...\"} items naming the columns to export";
        List<KeyReader> items = values.objects(ConfigKeys.COLUMN, expected);
        if (items.isEmpty()) {
            throw values.illegal(ConfigKeys.COLUMN, values.raw(ConfigKeys.COLUMN), expected);
        }
        List<RowColumn> columns = new ArrayList<RowColumn>();
        for (KeyReader item : items) {
            columns.add(timeseriesTable ? timeseriesColumn(item) : column(item));
        }
        return columns;
    }

    static boolean exportDeletes(KeyReader values, Mode mode, boolean timeseriesTable, List<RowColumn> columns) {
        if (!values.bool(ConfigKeys.EXPORT_DELETES, false)) {
            return false;
        }
        if (mode != Mode.SINGLE_VERSION_AND_UPDATE_ONLY) {
            throw values.illegal(ConfigKeys.EXPORT_DELETES, true, "false or absent outside mode " + ROW_MODE
                    + ": the multi-version layout always exports deletes (opType DR)");
        }
        if (timeseriesTable) {
            throw values.illegal(ConfigKeys.EXPORT_DELETES, true, "false or absent with '"
                    + ConfigKeys.IS_TIMESERIES_TABLE + "': true: a time-series stream has no row deletes to export");
        }
        if (!PrimaryKeyCoverage.lists(columns, ChangeField.KIND)) {
            throw values.illegal(ConfigKeys.EXPORT_DELETES, true, "it together with {\"name\": \""
                    + ChangeField.KIND.columnName() + "\"} in '" + ConfigKeys.COLUMN
                    + "': without the kind of change a deleted row reads like a put of a row whose columns are empty");
        }
        return true;
    }

    /** Time-series row mode: upstream's columns and tags; change fields are for wide tables only. */
    private static RowColumn timeseriesColumn(KeyReader item) {
        String name = item.required(ConfigKeys.COLUMN_NAME, "a non-empty column name");
        return new RowColumn(name, item.bool(ConfigKeys.COLUMN_IS_TAG, false));
    }

    private static RowColumn column(KeyReader item) {
        String name = item.required(ConfigKeys.COLUMN_NAME, "a non-empty column name");
        if (item.bool(ConfigKeys.COLUMN_IS_TAG, false)) {
            throw item.illegal(ConfigKeys.COLUMN_IS_TAG, item.raw(ConfigKeys.COLUMN_IS_TAG),
                    "false, or '" + ConfigKeys.IS_TIMESERIES_TABLE + "': true: only time-series tables have tags");
        }
        if (name.charAt(0) == ChangeField.DATAX_VARIABLE) {
            throw item.illegal(ConfigKeys.COLUMN_NAME, name, "a table column name (Tablestore column names hold only "
                    + "letters, digits and '_'; DataX leaves $name in place only when no -D" + name.substring(1)
                    + " is given) or one of the change fields " + ChangeField.allNames());
        }
        if (name.charAt(0) != ChangeField.MARK) {
            return new RowColumn(name, false);
        }
        ChangeField field = ChangeField.named(name);
        if (field == null) {
            throw item.illegal(ConfigKeys.COLUMN_NAME, name, "a table column name, or one of the change fields "
                    + ChangeField.allNames() + " (names starting with '" + ChangeField.MARK
                    + "' are reserved for them: Tablestore column names hold only letters, digits and '_')");
        }
        return RowColumn.of(field);
    }

    /**
     * Multi-version mode ignores {@code column}, as upstream does, and time-series row mode reads it its own way, but
     * a change field there would be silently lost.
     */
    private static void refuseChangeFieldsOutsideRowMode(KeyReader values, Mode mode) {
        Object raw = values.raw(ConfigKeys.COLUMN);
        if (!(raw instanceof List)) {
            return;
        }
        List<?> items = (List<?>) raw;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            Object name = item instanceof Map ? ((Map<?, ?>) item).get(ConfigKeys.COLUMN_NAME) : null;
            if (name instanceof String && ((String) name).trim().indexOf(ChangeField.MARK) == 0) {
                throw values.illegal(ConfigKeys.COLUMN + "[" + i + "]." + ConfigKeys.COLUMN_NAME, name,
                        "change fields only with \"" + ConfigKeys.MODE + "\": \"" + ROW_MODE + "\" on a wide table; "
                                + (mode == Mode.SINGLE_VERSION_AND_UPDATE_ONLY ? "time-series row mode exports upstream's columns"
                                : "the multi-version layout has fixed columns and ignores '" + ConfigKeys.COLUMN + "'"));
            }
        }
    }
}
