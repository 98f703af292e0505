package io.ots2oss.emulator.tablestore.error;

import com.alicloud.openservices.tablestore.core.ErrorCode;

/** A rejection the emulator answers with an HTTP status and a protobuf {@code Error{code, message}} body. */
public final class OtsError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;

    public OtsError(int httpStatus, String code, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public static OtsError authFailed(String message) {
        return new OtsError(403, ErrorCode.AUTHORIZATION_FAILURE, message);
    }

    public static OtsError invalidParameter(String message) {
        return new OtsError(400, ErrorCode.INVALID_PARAMETER, message);
    }

    public static OtsError tableNotFound() {
        return new OtsError(404, ErrorCode.OBJECT_NOT_EXIST, "Requested table does not exist.");
    }

    public static OtsError tableExists() {
        return new OtsError(409, ErrorCode.OBJECT_ALREADY_EXIST, "Requested table already exists.");
    }

    public static OtsError invalidPrimaryKey() {
        return new OtsError(400, ErrorCode.INVALID_PK, "Primary key schema mismatch.");
    }

    public static OtsError conditionCheckFailed() {
        return new OtsError(403, ErrorCode.CONDITION_CHECK_FAIL, "Condition check failed.");
    }

    public static OtsError trimmedDataAccess() {
        return new OtsError(400, "OTSTrimmedDataAccess", "Requested stream data is already trimmed or does not exist.");
    }

    /** Builds an error for a code alone, with the status and message the service uses for it (used by fault injection). */
    public static OtsError ofCode(String code) {
        switch (code) {
            case ErrorCode.SERVER_BUSY: return new OtsError(503, code, "Server is busy.");
            case ErrorCode.PARTITION_UNAVAILABLE: return new OtsError(503, code, "The partition is not available.");
            case ErrorCode.STORAGE_TIMEOUT: return new OtsError(503, code, "Operation timeout.");
            case ErrorCode.SERVER_UNAVAILABLE: return new OtsError(503, code, "Server is not available.");
            case ErrorCode.INTERNAL_SERVER_ERROR: return new OtsError(500, code, "Internal server error.");
            case ErrorCode.ROW_OPERATION_CONFLICT: return new OtsError(409, code, "Data is being modified by the other request.");
            case ErrorCode.TABLE_NOT_READY: return new OtsError(404, code, "The table is not ready.");
            case ErrorCode.NOT_ENOUGH_CAPACITY_UNIT: return new OtsError(403, code, "Remaining capacity unit is not enough.");
            case ErrorCode.QUOTA_EXHAUSTED: return new OtsError(403, code, "Too frequent table operations.");
            case ErrorCode.AUTHORIZATION_FAILURE: return authFailed("Signature mismatch.");
            case ErrorCode.OBJECT_NOT_EXIST: return tableNotFound();
            case ErrorCode.CONDITION_CHECK_FAIL: return conditionCheckFailed();
            case "OTSTrimmedDataAccess": return trimmedDataAccess();
            case "OTSFlowControl": return new OtsError(429, code, "The requests have been throttled.");
            default: return new OtsError(400, code, "Injected error.");
        }
    }
}
