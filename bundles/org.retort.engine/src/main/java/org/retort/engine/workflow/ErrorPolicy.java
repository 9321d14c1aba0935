package org.retort.engine.workflow;

import java.util.Objects;

/**
 * What the engine does when a node throws on a chunk (rows the node itself marks as failed always go
 * to its {@code failure} port). Retry first, {@code retries} times with exponential backoff starting
 * at {@code backoffMillis}, then fail the run, send the chunk's rows to the failure port, or hand the
 * chunk to a fallback node.
 *
 * <p>A streaming node that calls a remote service can also be guarded: each call on a chunk may take
 * at most {@code timeoutMillis}, and a circuit breaker stops calling the node while too many calls
 * fail; a chunk the open circuit rejects skips the retries and goes straight to what {@code then}
 * says.
 *
 * @param retries        how many times to retry a failed chunk (not for sources)
 * @param backoffMillis  the delay before the first retry; doubled for each further retry
 * @param then           what to do when the retries are exhausted
 * @param timeoutMillis  the longest a streaming node may work on one chunk; 0 for no limit
 * @param circuitBreaker when to stop calling a streaming node for a while; {@code null} for never
 * @param fallback       with {@link Then#FALLBACK}: the id of the streaming node of the same workflow that
 *                       processes the chunk instead; otherwise empty
 */
public record ErrorPolicy(int retries, long backoffMillis, Then then, long timeoutMillis, CircuitBreaker circuitBreaker,
        String fallback) {

    /** After the retries. */
    public enum Then {
        /** Fail the run. */
        FAIL,
        /** Send the rows of the failed chunk, carrying the error, to the failure port and go on. */
        ROUTE,
        /** Let the fallback node process the chunk; its output goes on as the node's own. */
        FALLBACK
    }

    /**
     * Opens when at least {@code failureRatePercent} of the last {@code minimumCalls} calls failed or
     * timed out; while open, chunks are not sent to the node. After {@code openMillis} one trial call
     * is let through: it closes the circuit if it succeeds and opens it again if it fails.
     *
     * @param failureRatePercent the failure rate that opens the circuit, 1–100
     * @param minimumCalls       how many calls the rate is taken over (and how many must have been made)
     * @param openMillis         how long the circuit stays open; whole seconds
     */
    public record CircuitBreaker(int failureRatePercent, int minimumCalls, long openMillis) {
    }

    /** No retries; fail the run. */
    public static final ErrorPolicy DEFAULT = new ErrorPolicy(0, 0, Then.FAIL);

    public ErrorPolicy {
        Objects.requireNonNull(then, "then");
        fallback = fallback == null ? "" : fallback;
    }

    /** Retries, then {@code then}; no timeout, circuit breaker or fallback. */
    public ErrorPolicy(int retries, long backoffMillis, Then then) {
        this(retries, backoffMillis, then, 0, null, "");
    }

    /** This policy with calls limited to {@code millis}. */
    public ErrorPolicy withTimeout(long millis) {
        return new ErrorPolicy(retries, backoffMillis, then, millis, circuitBreaker, fallback);
    }

    /** This policy with {@code breaker}. */
    public ErrorPolicy withCircuitBreaker(CircuitBreaker breaker) {
        return new ErrorPolicy(retries, backoffMillis, then, timeoutMillis, breaker, fallback);
    }

    /** This policy ending with {@link Then#FALLBACK} to the node {@code nodeId}. */
    public ErrorPolicy withFallback(String nodeId) {
        return new ErrorPolicy(retries, backoffMillis, Then.FALLBACK, timeoutMillis, circuitBreaker, nodeId);
    }

    /** Whether calls are guarded: a timeout, a circuit breaker or a fallback. */
    public boolean guarded() {
        return timeoutMillis > 0 || circuitBreaker != null || then == Then.FALLBACK;
    }
}
