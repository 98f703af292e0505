package io.ots2oss.osswriter.upload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multipart uploads started by this JVM and not yet completed or aborted. DataX ends a failed job with
 * {@code System.exit}, and a killed process gets SIGTERM: in both cases a shutdown hook aborts what is
 * still open, so no incomplete upload outlives the process (only {@code kill -9} can leave one behind).
 */
public final class InFlightUploads {
    /**
     * Keyed by identity: owners such as the plugin's {@code Job} inherit DataX's reflection-based
     * {@code hashCode}, which changes with their fields, so a hash map would lose them.
     */
    private static final Map<Object, Runnable> OPEN = Collections.synchronizedMap(new IdentityHashMap<Object, Runnable>());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                abortAll();
            }
        }, "osswriter-abort-open-uploads"));
    }

    private InFlightUploads() {
    }

    /** Registers how to abort {@code owner}'s upload when the JVM exits first. */
    public static void opened(Object owner, final OssGateway gateway, final String key, final String uploadId) {
        OPEN.put(owner, new Runnable() {
            @Override
            public void run() {
                gateway.abortOnce(key, uploadId);
            }
        });
    }

    /** Registers an arbitrary abort action for {@code owner}. */
    public static void opened(Object owner, Runnable abort) {
        OPEN.put(owner, abort);
    }

    public static void closed(Object owner) {
        OPEN.remove(owner);
    }

    static int openCount() {
        return OPEN.size();
    }

    /** Aborts every open upload once, ignoring failures (the process is going away). */
    static void abortAll() {
        List<Object> owners;
        synchronized (OPEN) {
            owners = new ArrayList<Object>(OPEN.keySet());
        }
        for (Object owner : owners) {
            Runnable abort = OPEN.remove(owner);
            if (abort == null) {
                continue;
            }
            try {
                abort.run();
            } catch (RuntimeException e) {
                // Best effort: a lifecycle rule for incomplete uploads is the last resort.
            }
        }
    }
}
