package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.PlainBufferBuilder;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.core.protocol.timeseries.Timeseries;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
import com.alicloud.openservices.tablestore.model.PrimaryKeyValue;
import com.aliyun.ots.thirdparty.com.google.protobuf.ByteString;
import io.ots2oss.emulator.tablestore.clock.EmulatorClock;
import io.ots2oss.emulator.tablestore.codec.RowCodec;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.http.ActionHandler;
import io.ots2oss.emulator.tablestore.table.ReadSpec;
import io.ots2oss.emulator.tablestore.table.RowReader;
import io.ots2oss.emulator.tablestore.table.StoredRow;
import io.ots2oss.emulator.tablestore.table.Table;
import io.ots2oss.emulator.tablestore.table.TableRegistry;
import io.ots2oss.emulator.tablestore.timeseries.SeriesKey;
import io.ots2oss.emulator.tablestore.timeseries.TimeseriesLayout;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GetTimeseriesData: the points of one series in {@code [begin, end)} µs (or at one time), forward or backward,
 * paged by {@code limit} (at most 5000 rows or 4 MB) with a token holding the next point's time. Rows are the
 * hidden table's, in PlainBuffer; the SDK strips {@code _#h} and the field type suffixes itself.
 */
final class TimeseriesReadAction {
    private final TableRegistry registry;
    private final EmulatorClock clock;

    TimeseriesReadAction(TableRegistry registry) {
        this.registry = registry;
        this.clock = registry.clock();
    }

    void register(Map<String, ActionHandler> actions) {
        actions.put("GetTimeseriesData", this::getData);
    }

    private byte[] getData(byte[] body) throws Exception {
        Timeseries.GetTimeseriesDataRequest request = Timeseries.GetTimeseriesDataRequest.parseFrom(body);
        Table table = registry.getTimeseries(request.getTableName());
        SeriesKey series = seriesOf(request.getTimeSeriesKey());
        long begin = request.hasSpecificTime() ? request.getSpecificTime() : request.getBeginTime();
        long end = request.hasSpecificTime() ? request.getSpecificTime() + 1 : request.getEndTime();
        if (begin < 0 || begin >= end) {
            throw OtsError.invalidParameter("The time range [" + begin + ", " + end + ") is empty or negative.");
        }
        boolean backward = request.getBackward();
        if (request.hasToken() && !request.getToken().isEmpty()) {
            long resume = tokenTime(request.getToken());
            if (backward) {
                end = resume + 1;
            } else {
                begin = resume;
            }
        }
        int limit = request.hasLimit() && request.getLimit() > 0
                ? Math.min(request.getLimit(), RangeActions.MAX_ROWS_PER_PAGE) : RangeActions.MAX_ROWS_PER_PAGE;
        Set<String> wanted = fieldCellNames(request.getFieldsToGetList());
        long ttlCutoff = table.ttlCutoffMillis(clock.nowMillis());

        PrimaryKey low = TimeseriesLayout.rowKey(series, PrimaryKeyValue.fromLong(begin));
        PrimaryKey high = TimeseriesLayout.rowKey(series, PrimaryKeyValue.fromLong(end));
        PrimaryKey below = TimeseriesLayout.rowKey(series, PrimaryKeyValue.fromLong(begin - 1));
        PrimaryKey top = TimeseriesLayout.rowKey(series, PrimaryKeyValue.fromLong(end - 1));
        Iterator<StoredRow> it = backward ? table.rows().range(top, below, false) : table.rows().range(low, high, true);

        List<PlainBufferRow> rows = new ArrayList<>();
        int bytes = 0;
        Long nextTime = null;
        while (it.hasNext()) {
            StoredRow stored = it.next();
            if (rows.size() >= limit || bytes >= RangeActions.MAX_BYTES_PER_PAGE) {
                nextTime = stored.primaryKey().getPrimaryKeyColumn(TimeseriesLayout.TIME).getValue().asLong();
                break;
            }
            PlainBufferRow row = RowReader.project(stored, ReadSpec.of(List.copyOf(wanted), false, null, false, 0), ttlCutoff);
            if (row != null) {
                rows.add(row);
                bytes += PlainBufferBuilder.computePlainBufferRow(row);
            }
        }
        Timeseries.GetTimeseriesDataResponse.Builder response = Timeseries.GetTimeseriesDataResponse.newBuilder()
                .setRowsData(ByteString.copyFrom(RowCodec.encodeRows(rows)));
        if (nextTime != null) {
            response.setNextToken(ByteString.copyFrom(ByteBuffer.allocate(Long.BYTES).putLong(0, nextTime).array()));
        }
        return response.build().toByteArray();
    }

    private static SeriesKey seriesOf(Timeseries.TimeseriesKey key) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Timeseries.TimeseriesTag tag : key.getTagListList()) {
            tags.put(tag.getName(), tag.getValue());
        }
        return SeriesKey.of(key.getMeasurement(), key.getSource(), key.getTags(), tags);
    }

    private static long tokenTime(ByteString token) {
        if (token.size() != Long.BYTES) {
            throw OtsError.invalidParameter("Invalid token.");
        }
        return token.asReadOnlyByteBuffer().getLong();
    }

    /** The stored cell names asked for (any type when the request gives none), or empty for all fields. */
    private static Set<String> fieldCellNames(List<Timeseries.TimeseriesFieldsToGet> fields) {
        Set<String> names = new HashSet<>();
        for (Timeseries.TimeseriesFieldsToGet field : fields) {
            if (field.hasType() && field.getType() != 0) {
                names.add(TimeseriesLayout.cellName(field.getName(), TimeseriesLayout.columnTypeOf(field.getType())));
            } else {
                for (int type = 1; type <= 5; type++) {
                    names.add(TimeseriesLayout.cellName(field.getName(), TimeseriesLayout.columnTypeOf(type)));
                }
            }
        }
        return names;
    }
}
