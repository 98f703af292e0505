package io.ots2oss.otsstreamreader.client;

import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.TableStoreException;
import io.ots2oss.otsstreamreader.ReaderErrorCode;
import io.ots2oss.otsstreamreader.config.Connection;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;

/** Turns SDK failures into errors that tell the user what to fix. Messages never contain credentials. */
public final class OtsFailures {
    private OtsFailures() {
    }

    public static boolean hasCode(Throwable e, String code) {
        return e instanceof TableStoreException && code.equals(((TableStoreException) e).getErrorCode());
    }

    /**
     * Whether the SDK could not connect at all: refused (e.g. a wrong port), unknown host, no route to host. SDK 5.17.6
     * reports these as a {@link ClientException} wrapping another one wrapping the {@code java.net} exception.
     */
    public static boolean isUnreachable(Throwable e) {
        if (!(e instanceof ClientException)) {
            return false;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof PortUnreachableException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the endpoint answered, but not as Tablestore: SDK 5.17.6 reports an error status without Tablestore's
     * request id, or a redirect, as a plain {@link ClientException} with these messages. A 5xx may come from a load
     * balancer in front of the service and heal; a 4xx or a redirect from some other server never does.
     */
    public static boolean isNotTablestore(Throwable e) {
        if (!(e instanceof ClientException) || e.getMessage() == null) {
            return false;
        }
        String message = e.getMessage();
        return message.startsWith("TableStore returns a response with status code: 4")
                || message.startsWith("The endpoint of service has moved to");
    }

    /**
     * Whether the SDK client can no longer complete calls: memory ran out (the SDK's I/O thread dies of it while it
     * decodes a reply), or its I/O reactor has stopped. No retry can help.
     */
    public static boolean isClientBroken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("I/O reactor")) {
                return true;
            }
        }
        return false;
    }

    /** The failure of a job whose client broke ({@link #isClientBroken}), saying what to change. */
    public static DataXException clientBroken(Throwable cause, int threadNum, long readerBudgetBytes) {
        long mib = 1024 * 1024;
        return fail(ReaderErrorCode.OUT_OF_MEMORY, "The reader ran out of memory, or the Tablestore client's I/O thread "
                + "died of it, so no further call can complete (not retried): " + cause + ". This JVM has -Xmx "
                + Runtime.getRuntime().maxMemory() / mib + " MB, of which the reader holds at most " + readerBudgetBytes / mib
                + " MB of pages and records. Give DataX more heap (python datax.py -j \"-Xms2g -Xmx2g\" job.json), or "
                + "lower 'threadNum' (now " + threadNum + ") and the job's channel count", cause);
    }

    /** @param what what the reader was doing, e.g. "DescribeTable on data table 'orders'" */
    public static DataXException explain(RuntimeException e, String what, Connection connection) {
        if (e instanceof DataXException) {
            return (DataXException) e;
        }
        if (isUnreachable(e)) {
            return fail(ReaderErrorCode.SERVICE_ERROR, what + " failed: cannot connect to endpoint '"
                    + connection.endpoint() + "' (job key 'endpoint'): " + rootCause(e) + ". Check that 'endpoint' is "
                    + "the instance's endpoint (scheme, host and port), that its host name resolves on this machine "
                    + "and that no firewall, proxy or VPC rule blocks the connection", e);
        }
        if (isNotTablestore(e)) {
            return fail(ReaderErrorCode.SERVICE_ERROR, what + " failed: the server at endpoint '" + connection.endpoint()
                    + "' (job key 'endpoint') answered, but it is not Tablestore (" + e.getMessage() + "). Use the "
                    + "instance's endpoint, such as https://<instance>.<region>.ots.aliyuncs.com", e);
        }
        String target = "instance '" + connection.instanceName() + "' at " + connection.endpoint()
                + " as accessId '" + connection.accessId() + "'";
        if (e instanceof TableStoreException) {
            TableStoreException t = (TableStoreException) e;
            String code = t.getErrorCode();
            String detail = " [" + code + ", HTTP " + t.getHttpStatus() + ", request " + t.getRequestId() + ": " + t.getMessage() + "]";
            if ("OTSAuthFailed".equals(code)) {
                return fail(ReaderErrorCode.SERVICE_ERROR, what + " was refused: authentication failed for " + target
                        + ". Check accessId, accessKey and securityToken (or the datasource entry)" + detail, e);
            }
            if ("OTSNoPermissionAccess".equals(code) || "OTSAccessDenied".equals(code)) {
                return fail(ReaderErrorCode.SERVICE_ERROR, what + " was refused: the account has no permission for it on "
                        + target + ". Grant the permission or use another account" + detail, e);
            }
            return fail(ReaderErrorCode.SERVICE_ERROR, what + " failed on " + target + detail, e);
        }
        if (e instanceof ClientException) {
            return fail(ReaderErrorCode.SERVICE_ERROR, what + " failed on " + target
                    + " after all retries (network or client error; check endpoint and connectivity): " + e.getMessage(), e);
        }
        return fail(ReaderErrorCode.INTERNAL, what + " failed: " + e, e);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    private static DataXException fail(ReaderErrorCode code, String message, Throwable cause) {
        return DataXException.asDataXException(code, message, cause);
    }
}
