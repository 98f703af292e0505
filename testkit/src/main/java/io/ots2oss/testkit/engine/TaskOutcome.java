package io.ots2oss.testkit.engine;

/** How one task attempt ended. {@code failure} is null on success. */
record TaskOutcome(int taskId, int attempt, Throwable failure, boolean supportsFailOver) {

    boolean succeeded() {
        return failure == null;
    }
}
