package io.ots2oss.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds, instead of sleeping a fixed time. */
final class Await {
    private Await() {
    }

    /** Returns whether the condition held before the deadline. */
    static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }
}
