package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.Response;
import io.ots2oss.otsstreamreader.decode.StreamChange;

import java.util.List;

/**
 * A GetStreamRecord reply whose records {@link io.ots2oss.otsstreamreader.decode.PlainBufferDecoder} decoded: it
 * travels through the SDK's completion and retry machinery as the SDK's response type, with no SDK records in it.
 */
final class DecodedResponse extends GetStreamRecordResponse {
    private final List<StreamChange> changes;

    DecodedResponse(Response meta, List<StreamChange> changes) {
        super(meta);
        this.changes = changes;
    }

    StreamPage page() {
        return new StreamPage(changes, getNextShardIterator(), getMayMoreRecord());
    }
}
