package io.ots2oss.emulator.tablestore.http;

import com.alicloud.openservices.tablestore.core.protocol.OtsInternalApi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ots2oss.emulator.tablestore.error.OtsError;
import io.ots2oss.emulator.tablestore.fault.FaultInjector;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP front: {@code POST /<Action>}, authentication, fault injection, dispatch, signed replies.
 * Built on the JDK server with a thread pool; the bodies are small and the SDK keeps connections alive,
 * which is all the throughput aim needs.
 */
public final class OtsHttpServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OtsHttpServer.class.getName());

    static {
        // The JDK server writes reply headers and body separately; with Nagle on, the body waits for the
        // client's delayed ACK (~40 ms per request). Read once by the JDK's ServerConfig, so set it first.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Map<String, ActionHandler> actions;
    private final RequestAuthenticator authenticator;
    private final ResponseSigner signer;
    private final FaultInjector faults;
    private final Map<String, LongAdder> requestCounts = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor;

    public OtsHttpServer(InetAddress bindAddress, int port, int threads, Credentials credentials,
                         Map<String, ActionHandler> actions, FaultInjector faults) throws IOException {
        this.actions = Map.copyOf(actions);
        this.authenticator = new RequestAuthenticator(credentials);
        this.signer = new ResponseSigner(credentials);
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(bindAddress, port), 1024);
        AtomicInteger threadNo = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ots-emulator-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Requests received for {@code action} (authenticated or not, failed or not). */
    public long requestCount(String action) {
        LongAdder count = requestCounts.get(action);
        return count == null ? 0 : count.sum();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        String action = exchange.getRequestURI().getPath().substring(1);
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requestCounts.computeIfAbsent(action, a -> new LongAdder()).increment();
            if (!"POST".equals(exchange.getRequestMethod())) {
                throw new OtsError(405, "OTSMethodNotAllowed", "Method " + exchange.getRequestMethod() + " is not allowed.");
            }
            SortedMap<String, String> otsHeaders = otsHeaders(exchange);
            authenticator.authenticate(action, otsHeaders, body);
            body = RequestBodies.decompress(body, otsHeaders);
            ActionHandler handler = actions.get(action);
            if (handler == null) {
                throw OtsError.invalidParameter("Unsupported operation: " + action + ".");
            }
            FaultInjector.Decision fault = faults.decide(action);
            if (fault.delayMillis() > 0) {
                sleep(fault.delayMillis());
            }
            if (fault.error() != null) {
                throw fault.error();
            }
            byte[] reply = handler.handle(body);
            if (fault.dropConnection()) {
                sendTruncated(exchange, action, reply);
            } else {
                send(exchange, action, 200, reply);
            }
        } catch (OtsError e) {
            send(exchange, action, e.httpStatus(), errorBody(e.code(), e.getMessage()));
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "Action " + action + " failed", e);
            send(exchange, action, 500, errorBody("OTSInternalServerError", "Internal server error."));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Action " + action + " failed", e);
            send(exchange, action, 500, errorBody("OTSInternalServerError", "Internal server error."));
        } finally {
            exchange.close();
        }
    }

    private static SortedMap<String, String> otsHeaders(HttpExchange exchange) {
        // The JDK server re-capitalises header names; the signature is over the lowercase names.
        SortedMap<String, String> headers = new TreeMap<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith("x-ots-") && !h.getValue().isEmpty()) {
                headers.put(name, h.getValue().get(0));
            }
        }
        return headers;
    }

    private void send(HttpExchange exchange, String action, int status, byte[] body) throws IOException {
        signer.headersFor(action, body).forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Announces the full length, sends half the body, then closes the connection. */
    private void sendTruncated(HttpExchange exchange, String action, byte[] body) throws IOException {
        signer.headersFor(action, body).forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(200, Math.max(body.length, 2));
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        // Closing an exchange whose fixed-length body is incomplete makes the JDK server drop the connection.
    }

    private static byte[] errorBody(String code, String message) {
        return OtsInternalApi.Error.newBuilder().setCode(code).setMessage(message).build().toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
