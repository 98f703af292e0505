package io.ots2oss.emulator.oss.http;

import io.ots2oss.emulator.oss.Faults;
import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.emulator.oss.api.Router;
import io.ots2oss.emulator.oss.auth.RequestAuthenticator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.InputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP side: parses each request, counts it, checks its signature, applies injected faults,
 * routes it, and writes the reply with the headers the SDK relies on (lower-case x-oss-*, Content-Length,
 * x-oss-request-id, XML errors or {@code x-oss-err} for HEAD).
 */
public final class OssHttpHandler extends Handler.Abstract {
    private final Addressing addressing;
    private final RequestAuthenticator authenticator;
    private final Faults faults;
    private final Router router;
    private final Map<Operation, LongAdder> counts = new ConcurrentHashMap<>();

    public OssHttpHandler(Addressing addressing, RequestAuthenticator authenticator, Faults faults, Router router) {
        this.addressing = addressing;
        this.authenticator = authenticator;
        this.faults = faults;
        this.router = router;
    }

    public long requestCount(Operation operation) {
        if (operation == Operation.ANY) {
            return counts.values().stream().mapToLong(LongAdder::sum).sum();
        }
        LongAdder adder = counts.get(operation);
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String requestId = RequestIds.next();
        OssRequest ossRequest = parse(request, requestId);
        boolean head = "HEAD".equals(ossRequest.method());
        Operation operation = OperationClassifier.classify(ossRequest);
        counts.computeIfAbsent(operation, o -> new LongAdder()).increment();
        OssResponse reply;
        Faults.Plan plan = null;
        try {
            authenticator.verify(ossRequest);
            plan = faults.planFor(operation);
            applyDelay(plan);
            if (plan.bytesPerSecond() > 0) {
                long rate = plan.bytesPerSecond();
                ossRequest.wrapBody(in -> new ThrottledInputStream(in, rate));
            }
            if (plan.failStatus() != 0) {
                ossRequest.drainBody();
                throw OssError.injected(plan.failStatus());
            }
            if (plan.reset() && operation.uploadsBody()) {
                ReplyWriter.readPartOfBody(ossRequest);
                ReplyWriter.resetConnection(request, callback);
                return true;
            }
            reply = router.route(operation, ossRequest);
        } catch (OssError error) {
            ossRequest.drainBody();
            reply = errorReply(error, ossRequest, head);
        } catch (Exception e) {
            ossRequest.drainBody();
            reply = errorReply(new OssError(500, "InternalError", "Emulator failure: " + e), ossRequest, head);
        }
        boolean resetMidBody = plan != null && plan.reset() && !operation.uploadsBody();
        long rate = plan == null ? 0 : plan.bytesPerSecond();
        try {
            ReplyWriter.send(request, response, callback, reply, requestId, head, rate, resetMidBody);
        } finally {
            if (reply.content() != null) {
                reply.content().release();
            }
        }
        return true;
    }

    private OssRequest parse(Request request, String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            headers.merge(name, field.getValue(), (a, b) -> a + "," + b);
        }
        OssRequest.Target target = addressing.resolve(headers.get("host"), request.getHttpURI().getPath());
        InputStream body = Content.Source.asInputStream(request);
        return new OssRequest(request.getMethod(), target, parseQuery(request.getHttpURI().getQuery()), headers,
                request.getLength(), requestId, body);
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                query.put(UrlCodec.decode(pair), null);
            } else {
                query.put(UrlCodec.decode(pair.substring(0, eq)), UrlCodec.decode(pair.substring(eq + 1)));
            }
        }
        return query;
    }

    /** Says what to pass when a bucket named in the Host was probably missed (read as path style). */
    private String addressingHint(OssError error, String host) {
        if (!error.code().equals("NoSuchBucket") && !error.code().equals("SignatureDoesNotMatch")) {
            return "";
        }
        String domain = addressing.unmatchedVirtualHostDomain(host);
        return domain == null ? "" : " The Host " + host + " was read as path-style (/bucket/key): to address buckets"
                + " by Host, start the emulator with --virtual-host-domain " + domain + " (Builder.virtualHostDomain).";
    }

    private static void applyDelay(Faults.Plan plan) throws InterruptedException {
        if (!plan.latency().isZero()) {
            Thread.sleep(plan.latency().toMillis(), plan.latency().toNanosPart() % 1_000_000);
        }
    }

    private OssResponse errorReply(OssError error, OssRequest request, boolean head) {
        String host = request.header("host");
        Xml xml = Xml.document("Error")
                .element("Code", error.code())
                .element("Message", error.getMessage() + addressingHint(error, host))
                .element("RequestId", request.requestId())
                .element("HostId", host == null ? "localhost" : host);
        error.fields().forEach(xml::element);
        byte[] body = xml.toBytes();
        OssResponse reply;
        if (head) {
            // HEAD replies carry no body: the SDK reads the error from this header instead
            reply = OssResponse.ok().header("x-oss-err", Base64.getEncoder().encodeToString(body));
        } else {
            reply = OssResponse.xmlBytes(body);
        }
        reply.status(error.status());
        error.headers().forEach(reply::header);
        return reply;
    }
}
