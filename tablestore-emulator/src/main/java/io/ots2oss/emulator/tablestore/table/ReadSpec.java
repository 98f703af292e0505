package io.ots2oss.emulator.tablestore.table;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import io.ots2oss.emulator.tablestore.error.OtsError;

import java.util.List;
import java.util.Set;

/** What a read returns of each row: which columns, which versions (time range [start, end) ms, newest N). */
public record ReadSpec(Set<String> columns, long startMillis, long endMillis, int maxVersions) {

    public static ReadSpec of(List<String> columnsToGet, boolean hasTimeRange, OtsInternalApi.TimeRange timeRange,
                              boolean hasMaxVersions, int maxVersions) {
        long start = Long.MIN_VALUE;
        long end = Long.MAX_VALUE;
        if (hasTimeRange) {
            if (timeRange.hasSpecificTime()) {
                start = timeRange.getSpecificTime();
                end = start + 1;
            } else {
                start = timeRange.hasStartTime() ? timeRange.getStartTime() : start;
                end = timeRange.hasEndTime() ? timeRange.getEndTime() : end;
            }
        }
        int versions = hasMaxVersions ? maxVersions : hasTimeRange ? Integer.MAX_VALUE : 1;
        if (versions <= 0) {
            throw OtsError.invalidParameter("max_versions must be positive: " + maxVersions + ".");
        }
        return new ReadSpec(Set.copyOf(columnsToGet), start, end, versions);
    }

    boolean wants(String column) {
        return columns.isEmpty() || columns.contains(column);
    }
}
