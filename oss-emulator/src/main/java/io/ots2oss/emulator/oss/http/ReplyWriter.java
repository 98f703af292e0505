package io.ots2oss.emulator.oss.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
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

/** Writes replies to Jetty (paced or cut short when a fault says so) and resets connections. */
final class ReplyWriter {
    private static final int COPY_BUFFER = 256 * 1024;

    private ReplyWriter() {
    }

    static void send(Request request, Response response, Callback callback, OssResponse reply, String requestId,
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

    private static void streamBody(Request request, Response response, Callback callback, OssResponse reply,
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
            while ((n = in.read(buffer, 0, nextChunk(buffer.length, pacer, stopAt - sent))) > 0) {
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

    /** At most a buffer, a pacing slice, or what is left before a planned reset. */
    private static int nextChunk(int bufferSize, Pacer pacer, long untilReset) {
        return (int) Math.min(bufferSize, Math.min(pacer.chunkSize(), Math.max(1, untilReset)));
    }

    static void readPartOfBody(OssRequest request) throws IOException {
        long limit = request.contentLength() > 0 ? request.contentLength() / 2 : 64 * 1024;
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while (read < limit && (n = request.body().read(buffer, 0, (int) Math.min(buffer.length, limit - read))) >= 0) {
            read += n;
        }
    }

    /** An abortive close (RST), so the client sees "connection reset" rather than a clean end. */
    static void resetConnection(Request request, Callback callback) {
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
