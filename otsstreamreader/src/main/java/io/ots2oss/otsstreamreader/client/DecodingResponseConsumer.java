package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.core.ResponseContentWithMeta;
import com.alicloud.openservices.tablestore.core.TraceLogger;
import com.alicloud.openservices.tablestore.core.http.ResponseConsumer;
import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.ResultParser;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.RetryStrategy;
import io.ots2oss.otsstreamreader.decode.DecoderPool;

import java.io.IOException;

/**
 * Reads a GetStreamRecord reply as the SDK's own consumer does (status, signature and checksum handlers, protobuf)
 * but decodes the records with our {@link io.ots2oss.otsstreamreader.decode.PlainBufferDecoder}. A record that does not decode fails the call as the SDK's
 * parsing would: a {@link ClientException} "Failed to parse row", which the retry strategy may retry.
 */
final class DecodingResponseConsumer extends ResponseConsumer<GetStreamRecordResponse> {
    private final DecoderPool decoders;

    DecodingResponseConsumer(ResultParser parser, TraceLogger tracer, RetryStrategy retry, GetStreamRecordResponse lastResult,
                             DecoderPool decoders) {
        super(parser, tracer, retry, lastResult);
        this.decoders = decoders;
    }

    @Override
    protected GetStreamRecordResponse parseResult() throws Exception {
        ResponseContentWithMeta content = getResponseContentWithMeta();
        OtsInternalApi.GetStreamRecordResponse reply = (OtsInternalApi.GetStreamRecordResponse) content.getMessage();
        DecodedResponse response;
        try {
            response = new DecodedResponse(content.getMeta(), decoders.decode(reply));
        } catch (IOException | RuntimeException e) {
            throw new ClientException("Failed to parse row", e);
        }
        if (reply.hasNextShardIterator()) {
            response.setNextShardIterator(reply.getNextShardIterator());
        }
        if (reply.hasMayMoreRecord()) {
            response.setMayMoreRecord(reply.getMayMoreRecord());
        }
        return response;
    }
}
