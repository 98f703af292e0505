package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientConfiguration;
import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.core.AsyncCompletion;
import com.alicloud.openservices.tablestore.core.CallbackImpledFuture;
import com.alicloud.openservices.tablestore.core.ClientResources;
import com.alicloud.openservices.tablestore.core.TraceLogger;
import com.alicloud.openservices.tablestore.core.auth.CredentialsProvider;
import com.alicloud.openservices.tablestore.core.http.OTSUri;
import com.alicloud.openservices.tablestore.model.GetStreamRecordRequest;
import com.alicloud.openservices.tablestore.model.GetStreamRecordResponse;
import com.alicloud.openservices.tablestore.model.RetryStrategy;
import io.ots2oss.otsstreamreader.decode.DecoderPool;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GetStreamRecord over the reader's SDK client (its connections, executors, credentials, configuration and retry
 * strategy), the reply decoded by our {@link io.ots2oss.otsstreamreader.decode.PlainBufferDecoder}. Runs a call the
 * way the SDK's own client does: launcher, completion with retries, future, and the same wait and errors.
 */
public final class LeanStreamPages implements StreamPages {
    private static final String ACTION = "GetStreamRecord";

    private final OTSUri uri;
    private final String instanceName;
    private final CredentialsProvider credentials;
    private final ClientConfiguration config;
    private final ClientResources resources;
    private final DecoderPool plainDecoders = new DecoderPool(false);
    private final DecoderPool timeseriesDecoders = new DecoderPool(true);

    LeanStreamPages(String endpoint, String instanceName, CredentialsProvider credentials, ClientConfiguration config,
                    ClientResources resources) {
        this.uri = new OTSUri(endpoint, ACTION);
        this.instanceName = instanceName;
        this.credentials = credentials;
        this.config = config;
        this.resources = resources;
    }

    @Override
    public StreamPage fetch(GetStreamRecordRequest request) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        TraceLogger tracer = new TraceLogger(new UUID(random.nextLong(), random.nextLong()).toString(),
                config.getTimeThresholdOfTraceLogger());
        RetryStrategy retry = config.getRetryStrategy().clone();
        DecodingLauncher launcher = new DecodingLauncher(uri, tracer, retry, instanceName, resources.getHttpClient(),
                credentials, config, request, request.isParseInTimeseriesDataFormat() ? timeseriesDecoders : plainDecoders);
        AsyncCompletion<GetStreamRecordRequest, GetStreamRecordResponse> completion =
                new AsyncCompletion<GetStreamRecordRequest, GetStreamRecordResponse>(launcher, request, tracer,
                        resources.getCallbackExecutor(), retry, resources.getRetryExecutor());
        CallbackImpledFuture<GetStreamRecordRequest, GetStreamRecordResponse> future =
                new CallbackImpledFuture<GetStreamRecordRequest, GetStreamRecordResponse>();
        completion.watchBy(future);
        launcher.fire(request, completion);
        return ((DecodedResponse) waitFor(future)).page();
    }

    /** As the SDK's SyncClient waits: its future throws the call's TableStoreException or ClientException itself. */
    private GetStreamRecordResponse waitFor(CallbackImpledFuture<GetStreamRecordRequest, GetStreamRecordResponse> future) {
        try {
            return future.get(config.getSyncClientWaitFutureTimeoutInMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new ClientException(String.format("The thread was interrupted: %s", e.getMessage()));
        } catch (ExecutionException e) {
            throw new ClientException("The thread was aborted", e);
        } catch (TimeoutException e) {
            throw new ClientException("Wait future timeout", e);
        }
    }
}
