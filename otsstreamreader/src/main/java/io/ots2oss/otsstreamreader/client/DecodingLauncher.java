package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.core.GetStreamRecordLauncher;
import com.alicloud.openservices.tablestore.core.TraceLogger;
import com.alicloud.openservices.tablestore.core.auth.CredentialsProvider;
import com.alicloud.openservices.tablestore.core.http.AsyncServiceClient;
import com.alicloud.openservices.tablestore.core.http.OTSUri;
import com.alicloud.openservices.tablestore.core.protocol.OTSProtocolBuilder;
import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.alicloud.openservices.tablestore.core.protocol.ResultParserFactory;
import com.alicloud.openservices.tablestore.core.utils.LogUtil;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.RetryStrategy;
import com.aliyun.ots.thirdparty.org.apache.http.concurrent.FutureCallback;
import io.ots2oss.otsstreamreader.decode.DecoderPool;

/**
 * The SDK's GetStreamRecord launcher (request building, signing, the SDK's HTTP client, retries through its
 * completion) with one change: the reply is consumed by {@link DecodingResponseConsumer}.
 */
final class DecodingLauncher extends GetStreamRecordLauncher {
    private final OTSUri uri;
    private final TraceLogger tracer;
    private final RetryStrategy retry;
    private final DecoderPool decoders;

    DecodingLauncher(OTSUri uri, TraceLogger tracer, RetryStrategy retry, String instanceName, AsyncServiceClient client,
                     CredentialsProvider credentials, ClientConfiguration config, GetStreamRecordRequest request,
                     DecoderPool decoders) {
        super(uri, tracer, retry, instanceName, client, credentials, config, request);
        this.uri = uri;
        this.tracer = tracer;
        this.retry = retry;
        this.decoders = decoders;
    }

    @Override
    public void fire(GetStreamRecordRequest request, FutureCallback<GetStreamRecordResponse> callback) {
        LogUtil.logBeforeExecution(tracer, retry);
        asyncInvokePost(uri, null, OTSProtocolBuilder.buildGetStreamRecordRequest(request), tracer,
                new DecodingResponseConsumer(ResultParserFactory.createFactory().createProtocolBufferResultParser(
                        OtsInternalApi.GetStreamRecordResponse.getDefaultInstance(), tracer.getTraceId()),
                        tracer, retry, lastResult, decoders),
                callback);
    }
}
