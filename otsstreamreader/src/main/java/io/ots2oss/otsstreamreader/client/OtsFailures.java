package io.ots2oss.otsstreamreader.client;

import com.alibaba.datax.common.exception.DataXException;
import com.alicloud.openservices.tablestore.ClientException;
import com.alicloud.openservices.tablestore.TableStoreException;
import io.ots2oss.otsstreamreader.ReaderErrorCode;

/** Turns SDK failures into errors that tell the user what to fix. Messages never contain credentials. */
public final class OtsFailures {
    private OtsFailures() {
    }

    public static boolean hasCode(Throwable e, String code) {
        return e instanceof TableStoreException && code.equals(((TableStoreException) e).getErrorCode());
    }

    /**
     * @param what what the reader was doing, e.g. "DescribeTable on data table 'orders'"
     * @param target the connection in words (endpoint, instance, accessId)
     */
    public static DataXException explain(RuntimeException e, String what, String target) {
        if (e instanceof DataXException) {
            return (DataXException) e;
        }
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

    private static DataXException fail(ReaderErrorCode code, String message, Throwable cause) {
        return DataXException.asDataXException(code, message, cause);
    }
}
