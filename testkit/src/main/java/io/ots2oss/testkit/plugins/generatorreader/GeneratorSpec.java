package io.ots2oss.testkit.plugins.generatorreader;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.util.Configuration;
import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONArray;
import com.alibaba.fastjson2.JSONObject;

import java.util.ArrayList;
import java.util.List;

/** The generatorreader parameters, validated: either explicit {@code rows} or {@code count} + {@code columns}. */
final class GeneratorSpec {

    final List<List<ColumnSource>> rows;
    final long count;
    final List<ColumnSource> columns;
    final Integer sliceCount;
    final Long failAfterRecords;
    /** With {@code failAfterRecords}: only this slice fails (null: every slice). */
    final Integer failSlice;
    /** How long a failing slice waits before it throws, so that the other slices can finish first. */
    final long failDelayMillis;

    private GeneratorSpec(List<List<ColumnSource>> rows, long count, List<ColumnSource> columns, Integer sliceCount,
                          Long failAfterRecords, Integer failSlice, long failDelayMillis) {
        this.rows = rows;
        this.count = count;
        this.columns = columns;
        this.sliceCount = sliceCount;
        this.failAfterRecords = failAfterRecords;
        this.failSlice = failSlice;
        this.failDelayMillis = failDelayMillis;
    }

    boolean fails(int sliceIndex, long sent) {
        return failAfterRecords != null && sent == failAfterRecords && (failSlice == null || failSlice == sliceIndex);
    }

    static GeneratorSpec parse(Configuration conf) {
        JSONObject json = JSON.parseObject(conf.toJSON());
        Integer sliceCount = json.getInteger("sliceCount");
        if (sliceCount != null && sliceCount <= 0) {
            throw bad("sliceCount", sliceCount, "a positive integer");
        }
        Long failAfter = json.getLong("failAfterRecords");
        if (failAfter != null && failAfter < 0) {
            throw bad("failAfterRecords", failAfter, "an integer >= 0");
        }
        Integer failSlice = json.getInteger("failSlice");
        if (failSlice != null && failSlice < 0) {
            throw bad("failSlice", failSlice, "an integer >= 0");
        }
        long failDelay = json.getLongValue("failDelayMillis", 0L);
        if (failDelay < 0) {
            throw bad("failDelayMillis", failDelay, "an integer >= 0");
        }
        JSONArray rows = json.getJSONArray("rows");
        if (rows != null) {
            return new GeneratorSpec(parseRows(rows), 0, List.of(), sliceCount, failAfter, failSlice, failDelay);
        }
        Long count = json.getLong("count");
        JSONArray columns = json.getJSONArray("columns");
        if (count == null || count < 0 || columns == null || columns.isEmpty()) {
            throw bad("rows / count + columns", json.toJSONString(),
                    "either 'rows' (a list of rows of {type, value}) or 'count' >= 0 with a non-empty 'columns'");
        }
        List<ColumnSource> sources = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            sources.add(ColumnSource.generated(columns.getJSONObject(i), "columns[" + i + "]"));
        }
        return new GeneratorSpec(null, count, sources, sliceCount, failAfter, failSlice, failDelay);
    }

    private static List<List<ColumnSource>> parseRows(JSONArray rows) {
        List<List<ColumnSource>> parsed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            JSONArray row = rows.getJSONArray(r);
            List<ColumnSource> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cells.add(ColumnSource.constant(row.getJSONObject(c), "rows[" + r + "][" + c + "]"));
            }
            parsed.add(cells);
        }
        return parsed;
    }

    static DataXException bad(String key, Object value, String expected) {
        return DataXException.asDataXException(CommonErrorCode.CONFIG_ERROR,
                String.format("generatorreader: %s is %s; expected %s", key, value, expected));
    }
}
