package io.ots2oss.emulator.oss.http;

import io.ots2oss.emulator.oss.Faults;
import io.ots2oss.emulator.oss.Operation;
import io.ots2oss.emulator.oss.api.Router;
import io.ots2oss.emulator.oss.auth.RequestAuthenticator;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Instant;
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
    private static final int COPY_BUFFER = 256 * 1024;

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
                readPartOfBody(ossRequest);
                resetConnection(request, callback);
                return true;
            }
            reply = router.route(operation, ossRequest);
        } catch (OssError error) {
            ossRequest.drainBody();
            reply = errorReply(error, ossRequest, head);
        } catch (Exception | StackOverflowError e) {
            ossRequest.drainBody();
            reply = errorReply(new OssError(500, "InternalError", "Emulator failure: " + e), ossRequest, head);
        }
        boolean resetMidBody = plan != null && plan.reset() && !operation.uploadsBody();
        long rate = plan == null ? 0 : plan.bytesPerSecond();
        try {
            send(request, response, callback, reply, requestId, head, rate, resetMidBody);
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

    private static void applyDelay(Faults.Plan plan) throws InterruptedException {
        if (!plan.latency().isZero()) {
            Thread.sleep(plan.latency().toMillis(), plan.latency().toNanosPart() % 1_000_000);
        }
    }

    private static OssResponse errorReply(OssError error, OssRequest request, boolean head) {
        String host = request.header("host");
        Xml xml = Xml.document("Error")
                .element("Code", error.code())
                .element("Message", error.getMessage())
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

    private void send(Request request, Response response, Callback callback, OssResponse reply, String requestId,
                      boolean head, long bytesPerSecond, boolean resetMidBody) {
        response.setStatus(reply.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("x-oss-request-id", requestId);
        headers.put("Date", HttpDates.rfc822(Instant.now()));
        headers.put("Server", "AliyunOSS");
        reply.headers().forEach(headers::put);
        long length = reply.bodyLength();
        headers.put(HttpHeader.CONTENT_LENGTH, length);
        if (head || length == 0) {
            if (resetMidBody) {
                resetConnection(request, callback);
            } else {
                response.write(true, ByteBuffer.allocate(0), callback);
            }
            return;
        }
        if (reply.content() == null && !resetMidBody && bytesPerSecond <= 0) {
            response.write(true, ByteBuffer.wrap(reply.body()), callback);
            return;
        }
        streamBody(request, response, callback, reply, bytesPerSecond, resetMidBody);
    }

    private void streamBody(Request request, Response response, Callback callback, OssResponse reply,
                            long bytesPerSecond, boolean resetMidBody) {
        long length = reply.bodyLength();
        long stopAt = resetMidBody ? length / 2 : Long.MAX_VALUE;
        Pacer pacer = new Pacer(bytesPerSecond);
        try (InputStream in = reply.content() != null
                ? reply.content().open(reply.contentOffset(), length)
                : new ByteArrayInputStream(reply.body())) {
            OutputStream out = Content.Sink.asOutputStream(response);
            byte[] buffer = new byte[COPY_BUFFER];
            long sent = 0;
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, Math.min(pacer.chunkSize(), Math.max(1, stopAt - sent))))) > 0) {
                out.write(buffer, 0, n);
                sent += n;
                pacer.account(n);
                if (sent >= stopAt) {
                    out.flush();
                    resetConnection(request, callback);
                    return;
                }
            }
            out.close();
            callback.succeeded();
        } catch (Throwable t) {
            callback.failed(t);
        }
    }

    private static void readPartOfBody(OssRequest request) throws IOException {
        long limit = request.contentLength() > 0 ? request.contentLength() / 2 : 64 * 1024;
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while (read < limit && (n = request.body().read(buffer, 0, (int) Math.min(buffer.length, limit - read))) >= 0) {
            read += n;
        }
    }

    /** An abortive close (RST), so the client sees "connection reset" rather than a clean end. */
    private static void resetConnection(Request request, Callback callback) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException ignored) {
                // closing still breaks the connection
            }
        }
        endPoint.close();
        callback.failed(new IOException("connection reset by fault injection"));
    }
}
