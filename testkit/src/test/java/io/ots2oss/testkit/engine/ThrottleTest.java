package io.ots2oss.testkit.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThrottleTest {

    @Test
    void twiceTheAllowedRateOverAnIntervalSleepsAsLongAgain() {
        assertEquals(100, Throttle.sleepFor(2_000, 10_000, 100));
    }

    @Test
    void aRateWithinTheLimitDoesNotSleep() {
        assertEquals(0, Throttle.sleepFor(1_000, 10_000, 100));
    }

    @Test
    void noLimitNeverSleeps() {
        assertEquals(0, Throttle.sleepFor(1_000_000, -1, 100));
    }
}
