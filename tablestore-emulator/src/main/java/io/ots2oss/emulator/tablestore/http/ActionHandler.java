package io.ots2oss.emulator.tablestore.http;

/** Executes one API action: a protobuf request body in, a protobuf response body out; failures throw {@code OtsError}. */
@FunctionalInterface
public interface ActionHandler {
    byte[] handle(byte[] requestBody) throws Exception;
}
