package io.ots2oss.emulator.tablestore.timeseries;

import com.alicloud.openservices.tablestore.model.ColumnValue;

import java.util.List;

/** One written point: its series, its time (µs) and its fields in the order the client sent them. */
public record DataPoint(SeriesKey series, long timeMicros, List<Field> fields) {

    public record Field(String name, ColumnValue value) {
    }
}
