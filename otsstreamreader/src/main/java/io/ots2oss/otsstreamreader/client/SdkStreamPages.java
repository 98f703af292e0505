package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.SyncClientInterface;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import io.ots2oss.otsstreamreader.decode.SdkChanges;

/** Pages as the SDK's client returns and decodes them ({@code decoder: "sdk"}). */
public final class SdkStreamPages implements StreamPages {
    private final SyncClientInterface client;

    public SdkStreamPages(SyncClientInterface client) {
        this.client = client;
    }

    @Override
    public StreamPage fetch(GetStreamRecordRequest request) {
        GetStreamRecordResponse response = client.getStreamRecord(request);
        return new StreamPage(new SdkChanges().of(response.getRecords()), response.getNextShardIterator(),
                response.getMayMoreRecord());
    }
}
