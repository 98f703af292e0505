package io.ots2oss.otsstreamreader.client;

import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.TableStoreException;
import io.ots2oss.common.secret.Secret;
import io.ots2oss.otsstreamreader.config.Connection;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.*;

class OtsFailuresTest {
    private static ClientException wrapped(Exception cause) {
        return new ClientException("Unexpected error: " + cause, new ClientException("Unexpected error: " + cause, cause));
    }

    @Test
    void refusedUnknownHostAndNoRouteMeanUnreachable() {
        assertTrue(OtsFailures.isUnreachable(wrapped(new ConnectException("Connection refused"))));
        assertTrue(OtsFailures.isUnreachable(wrapped(new UnknownHostException("no-such-host.invalid"))));
        assertTrue(OtsFailures.isUnreachable(wrapped(new NoRouteToHostException("No route to host"))));
    }

    @Test
    void serverErrorsAndOtherClientErrorsDoNotMeanUnreachable() {
        assertFalse(OtsFailures.isUnreachable(new TableStoreException("busy", null, "OTSServerBusy", "req", 503)));
        assertFalse(OtsFailures.isUnreachable(new ClientException("TableStore returns a response with status code: 404.")));
        assertFalse(OtsFailures.isUnreachable(new IllegalStateException(new ConnectException("not from the SDK"))));
    }

    @Test
    void unreachableEndpointIsExplainedNamingTheJobKeyAndItsValue() {
        Connection connection = new Connection("http://127.0.0.1:9", "akid", Secret.of("Top-Secret-1"), null, "inst");
        String message = OtsFailures.explain(wrapped(new ConnectException("Connection refused")), "Preparing the export",
                connection).getMessage();
        assertTrue(message.contains("'endpoint'"), message);
        assertTrue(message.contains("http://127.0.0.1:9"), message);
        assertTrue(message.contains("Connection refused"), message);
        assertFalse(message.contains("Top-Secret-1"), message);
    }
}
