package io.ots2oss.emulator.tablestore.fault;

import io.ots2oss.emulator.tablestore.error.OtsError;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Per-action fault rules consulted once per authenticated request, before it is executed.
 * An action of {@code "*"} matches every action. Rates draw from a seeded {@link Random}, so a
 * given seed and request sequence always fail the same calls.
 */
public final class FaultInjector {
    private final List<Rule> rules = new ArrayList<>();

    /**
     * The next {@code times} calls of {@code action} fail with {@code errorCode}, with the status and message the
     * service sends for it (see {@link OtsError#ofCode}; unknown codes answer 400).
     */
    public synchronized FaultInjector failNext(String action, String errorCode, int times) {
        rules.add(new Rule(action, Kind.ERROR, errorCode, times, 0, null, 0));
        return this;
    }

    /** Each call of {@code action} fails with probability {@code rate}, drawn from a generator seeded with {@code seed}. */
    public synchronized FaultInjector failRate(String action, String errorCode, double rate, long seed) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
        }
        rules.add(new Rule(action, Kind.ERROR, errorCode, -1, rate, new Random(seed), 0));
        return this;
    }

    /** Every call of {@code action} is delayed by {@code delay} before it is answered. */
    public synchronized FaultInjector latency(String action, Duration delay) {
        rules.add(new Rule(action, Kind.LATENCY, null, -1, 0, null, delay.toMillis()));
        return this;
    }

    /** The next {@code times} calls of {@code action} are executed, then the connection drops half-way through the reply. */
    public synchronized FaultInjector dropConnectionNext(String action, int times) {
        rules.add(new Rule(action, Kind.DROP, null, times, 0, null, 0));
        return this;
    }

    public synchronized FaultInjector clear() {
        rules.clear();
        return this;
    }

    /** Decides what happens to one call of {@code action}; consumes "next N" budgets. */
    public synchronized Decision decide(String action) {
        long delay = 0;
        String error = null;
        boolean drop = false;
        for (Rule rule : rules) {
            if (!rule.matches(action)) {
                continue;
            }
            switch (rule.kind) {
                case LATENCY:
                    delay += rule.delayMillis;
                    break;
                case ERROR:
                    if (error == null && rule.fire()) {
                        error = rule.errorCode;
                    }
                    break;
                case DROP:
                    if (!drop && error == null && rule.fire()) {
                        drop = true;
                    }
                    break;
                default:
                    throw new AssertionError(rule.kind);
            }
        }
        rules.removeIf(r -> r.remaining == 0);
        return new Decision(delay, error == null ? null : OtsError.ofCode(error), drop && error == null);
    }

    /** What to do with one request. */
    public static final class Decision {
        public static final Decision NONE = new Decision(0, null, false);
        private final long delayMillis;
        private final OtsError error;
        private final boolean dropConnection;

        Decision(long delayMillis, OtsError error, boolean dropConnection) {
            this.delayMillis = delayMillis;
            this.error = error;
            this.dropConnection = dropConnection;
        }

        public long delayMillis() {
            return delayMillis;
        }

        /** The error to answer instead of executing, or null. */
        public OtsError error() {
            return error;
        }

        public boolean dropConnection() {
            return dropConnection;
        }
    }

    private enum Kind { ERROR, LATENCY, DROP }

    private static final class Rule {
        final String action;
        final Kind kind;
        final String errorCode;
        int remaining; // -1 = unlimited
        final double rate;
        final Random random;
        final long delayMillis;

        Rule(String action, Kind kind, String errorCode, int remaining, double rate, Random random, long delayMillis) {
            this.action = action;
            this.kind = kind;
            this.errorCode = errorCode;
            this.remaining = remaining;
            this.rate = rate;
            this.random = random;
            this.delayMillis = delayMillis;
        }

        boolean matches(String candidate) {
            return "*".equals(action) || action.equals(candidate);
        }

        boolean fire() {
            if (random != null) {
                return random.nextDouble() < rate;
            }
            if (remaining > 0) {
                remaining--;
                return true;
            }
            return false;
        }
    }
}
