package io.ots2oss.emulator.oss;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fault injection rules, evaluated per request in the order they were added. Rate-based failures use a
 * seeded random sequence, so a given sequence of requests fails the same way every run.
 */
public final class Faults {
    private final List<Rule> rules = new ArrayList<>();

    /** The next {@code count} requests of {@code operation} fail with {@code status} (e.g. 503). */
    public synchronized Faults failNext(Operation operation, int status, int count) {
        rules.add(new Rule(operation, Kind.FAIL, status, count, 0, null, 0));
        return this;
    }

    /** Each request of {@code operation} fails with {@code status} with probability {@code rate}. */
    public synchronized Faults failRate(Operation operation, int status, double rate, long seed) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be within [0, 1], got " + rate);
        }
        rules.add(new Rule(operation, Kind.FAIL_RATE, status, -1, rate, new Random(seed), 0));
        return this;
    }

    /** Delays every request of {@code operation} before it is handled. */
    public synchronized Faults latency(Operation operation, Duration delay) {
        rules.add(new Rule(operation, Kind.LATENCY, 0, -1, 0, null, delay.toNanos()));
        return this;
    }

    /** Limits each request body and response body of {@code operation} to this rate. */
    public synchronized Faults bandwidth(Operation operation, long bytesPerSecond) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("bytesPerSecond must be positive, got " + bytesPerSecond);
        }
        rules.add(new Rule(operation, Kind.BANDWIDTH, 0, -1, 0, null, bytesPerSecond));
        return this;
    }

    /** The next {@code count} requests of {@code operation} have their connection reset mid-body. */
    public synchronized Faults resetConnectionNext(Operation operation, int count) {
        rules.add(new Rule(operation, Kind.RESET, 0, count, 0, null, 0));
        return this;
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** Decides what happens to one request; consumes counted rules. */
    public synchronized Plan planFor(Operation operation) {
        int failStatus = 0;
        boolean reset = false;
        long latencyNanos = 0;
        long bytesPerSecond = 0;
        for (Rule rule : rules) {
            if (!rule.operation.matches(operation)) {
                continue;
            }
            switch (rule.kind) {
                case LATENCY -> latencyNanos += rule.amount;
                case BANDWIDTH -> bytesPerSecond = bytesPerSecond == 0 ? rule.amount : Math.min(bytesPerSecond, rule.amount);
                case FAIL -> {
                    if (failStatus == 0 && !reset && rule.remaining > 0) {
                        rule.remaining--;
                        failStatus = rule.status;
                    }
                }
                case FAIL_RATE -> {
                    boolean hit = rule.random.nextDouble() < rule.rate;
                    if (hit && failStatus == 0 && !reset) {
                        failStatus = rule.status;
                    }
                }
                case RESET -> {
                    if (failStatus == 0 && !reset && rule.remaining > 0) {
                        rule.remaining--;
                        reset = true;
                    }
                }
            }
        }
        rules.removeIf(r -> (r.kind == Kind.FAIL || r.kind == Kind.RESET) && r.remaining == 0);
        return new Plan(failStatus, reset, Duration.ofNanos(latencyNanos), bytesPerSecond);
    }

    /**
     * What to do to one request.
     *
     * @param failStatus     0, or the HTTP status to answer instead of handling it
     * @param reset          reset the connection in the middle of the body
     * @param bytesPerSecond 0 for unlimited
     */
    public record Plan(int failStatus, boolean reset, Duration latency, long bytesPerSecond) {
    }

    private enum Kind { FAIL, FAIL_RATE, LATENCY, BANDWIDTH, RESET }

    private static final class Rule {
        final Operation operation;
        final Kind kind;
        final int status;
        int remaining;
        final double rate;
        final Random random;
        final long amount;

        Rule(Operation operation, Kind kind, int status, int remaining, double rate, Random random, long amount) {
            this.operation = operation;
            this.kind = kind;
            this.status = status;
            this.remaining = remaining;
            this.rate = rate;
            this.random = random;
            this.amount = amount;
        }
    }
}
