package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.SyncClientInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Whether an SDK client can still complete calls. When the SDK's I/O reactor dies (an {@code OutOfMemoryError} while it
 * decodes a reply), calls in flight never complete: each waits the client's whole future timeout (minutes) and fails
 * with "Wait future timeout". The SDK exposes no health check, so this looks at its HTTP client (SDK 5.17.x:
 * SyncClient.internalClient.httpClient.httpClient, a CloseableHttpAsyncClient); should that path ever change, the
 * client counts as healthy and only the timeout remains.
 */
public final class ClientHealth {
    private static final Logger LOG = LoggerFactory.getLogger(ClientHealth.class);
    private static final String[] PATH = {"internalClient", "httpClient", "httpClient"};

    private final Object httpClient;
    private final Method isRunning;

    private ClientHealth(Object httpClient, Method isRunning) {
        this.httpClient = httpClient;
        this.isRunning = isRunning;
    }

    public static ClientHealth of(SyncClientInterface client) {
        try {
            Object target = client;
            for (String field : PATH) {
                target = read(target, field);
            }
            Method method = target.getClass().getMethod("isRunning");
            method.setAccessible(true);
            return new ClientHealth(target, method);
        } catch (Exception | LinkageError e) {
            LOG.debug("The SDK client's I/O reactor cannot be watched ({}); a dead reactor shows as a timeout.", e.toString());
            return new ClientHealth(null, null);
        }
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                Object value = field.get(target);
                if (value == null) {
                    throw new NoSuchFieldException(name + " is null");
                }
                return value;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** True once the client's I/O reactor has stopped (died, or the client was shut down). */
    public boolean reactorStopped() {
        if (httpClient == null) {
            return false;
        }
        try {
            return !((Boolean) isRunning.invoke(httpClient));
        } catch (Exception e) {
            return false;
        }
    }
}
