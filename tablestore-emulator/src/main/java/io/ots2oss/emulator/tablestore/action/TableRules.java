package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import io.ots2oss.emulator.tablestore.error.OtsError;

import java.util.regex.Pattern;

/** What the service refuses in CreateTable and UpdateTable before touching any table, with its error code. */
final class TableRules {
    /** Letters, digits and underscores, not starting with a digit, 1 to 255 characters (the service's naming rule). */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,254}");
    /** A stream keeps its records at most 7 days. */
    static final int MAX_STREAM_EXPIRATION_HOURS = 168;

    private TableRules() {
    }

    static void checkTableName(String name) {
        if (!TABLE_NAME.matcher(name).matches()) {
            throw OtsError.invalidParameter("Invalid table name: '" + name + "'.");
        }
    }

    /** The expiration, when sent, must be 1..168 hours; the Java SDK leaves it out unless positive. */
    static void checkStreamSpec(OtsInternalApi.StreamSpecification spec) {
        if (spec.hasExpirationTime()
                && (spec.getExpirationTime() < 1 || spec.getExpirationTime() > MAX_STREAM_EXPIRATION_HOURS)) {
            throw OtsError.invalidParameter("Invalid stream expiration time: " + spec.getExpirationTime()
                    + ". It must be in range: [1, " + MAX_STREAM_EXPIRATION_HOURS + "] hours.");
        }
    }
}
