package io.ots2oss.emulator.tablestore.action;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferBuilder;
import com.alicloud.openservices.tablestore.core.protocol.PlainBufferRow;
import com.alicloud.openservices.tablestore.model.PrimaryKey;
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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** GetRange, forward and backward, paged like the service (at most 5000 rows or 4 MB per reply). */
public final class RangeActions {
    static final int MAX_ROWS_PER_PAGE = 5000;
    static final int MAX_BYTES_PER_PAGE = 4 << 20;

    private final TableRegistry registry;
    private final EmulatorClock clock;

    public RangeActions(TableRegistry registry) {
        this.registry = registry;
        this.clock = registry.clock();
    }

    public void register(Map<String, ActionHandler> actions) {
        actions.put("GetRange", this::getRange);
    }

    private byte[] getRange(byte[] body) throws Exception {
        OtsInternalApi.GetRangeRequest request = OtsInternalApi.GetRangeRequest.parseFrom(body);
        Table table = registry.get(request.getTableName());
        PrimaryKey start = RowCodec.decodePrimaryKey(request.getInclusiveStartPrimaryKey().toByteArray());
        PrimaryKey end = RowCodec.decodePrimaryKey(request.getExclusiveEndPrimaryKey().toByteArray());
        table.checkPrimaryKey(start, true);
        table.checkPrimaryKey(end, true);
        boolean forward = request.getDirection() == OtsInternalApi.Direction.FORWARD;
        int order = start.compareTo(end);
        if (forward && order > 0) {
            throw OtsError.invalidParameter("Begin key must less than end key in FORWARD.");
        }
        if (!forward && order < 0) {
            throw OtsError.invalidParameter("Begin key must more than end key in BACKWARD.");
        }
        int limit = request.hasLimit() && request.getLimit() > 0 ? Math.min(request.getLimit(), MAX_ROWS_PER_PAGE) : MAX_ROWS_PER_PAGE;
        ReadSpec spec = ReadSpec.of(request.getColumnsToGetList(), request.hasTimeRange(), request.getTimeRange(),
                request.hasMaxVersions(), request.getMaxVersions());
        long ttlCutoff = table.ttlCutoffMillis(clock.nowMillis());

        List<PlainBufferRow> rows = new ArrayList<>();
        int bytes = 0;
        PrimaryKey nextStart = null;
        Iterator<StoredRow> it = table.rows().range(start, end, forward);
        while (it.hasNext()) {
            StoredRow stored = it.next();
            if (rows.size() >= limit || bytes >= MAX_BYTES_PER_PAGE) {
                nextStart = stored.primaryKey();
                break;
            }
            PlainBufferRow row = RowReader.project(stored, spec, ttlCutoff);
            if (row != null) {
                rows.add(row);
                bytes += PlainBufferBuilder.computePlainBufferRow(row);
            }
        }
        OtsInternalApi.GetRangeResponse.Builder response = OtsInternalApi.GetRangeResponse.newBuilder()
                .setConsumed(Consumed.of(Math.max(1, rows.size()), 0))
                .setRows(ByteString.copyFrom(RowCodec.encodeRows(rows)));
        if (nextStart != null) {
            response.setNextStartPrimaryKey(ByteString.copyFrom(RowCodec.encodePrimaryKey(nextStart)));
        }
        return response.build().toByteArray();
    }
}
