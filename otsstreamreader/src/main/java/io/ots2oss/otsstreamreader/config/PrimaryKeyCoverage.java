package io.ots2oss.otsstreamreader.config;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.otsstreamreader.ReaderErrorCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A row-mode job that asks for exported deletes or {@code @column_ops} promises lines a consumer can apply, which needs
 * the whole primary key on every line. Checked once the table's schema is known, before anything is written.
 */
public final class PrimaryKeyCoverage {
    private PrimaryKeyCoverage() {
    }

    public static void check(ReaderConfig config, List<String> primaryKeyNames) {
        if (!config.exportDeletes() && !lists(config.columns(), ChangeField.COLUMN_OPS)) {
            return;
        }
        Set<String> listed = new HashSet<String>();
        for (RowColumn column : config.columns()) {
            listed.add(column.name());
        }
        List<String> missing = new ArrayList<String>();
        for (String pk : primaryKeyNames) {
            if (!listed.contains(pk)) {
                missing.add(pk);
            }
        }
        if (!missing.isEmpty()) {
            throw ConfigError.illegal(ConfigKeys.COLUMN, config.columns().toString(), "every primary-key column of table '"
                    + config.dataTable() + "' " + primaryKeyNames + " listed (missing: " + missing + "): with "
                    + (config.exportDeletes() ? ConfigKeys.EXPORT_DELETES : ChangeField.COLUMN_OPS.columnName())
                    + " each line must name the row it changes").toDataX(ReaderErrorCode.CONFIG_INVALID);
        }
    }

    static boolean lists(List<RowColumn> columns, ChangeField field) {
        for (RowColumn column : columns) {
            if (column.changeField() == field) {
                return true;
            }
        }
        return false;
    }
}
