package org.retort.engine.workflow;

import java.util.Objects;

/**
 * What the engine does when a node throws on a chunk (rows the node itself marks as failed always go
 * to its {@code failure} port). Retry first, {@code retries} times with exponential backoff starting
 * at {@code backoffMillis}, then either fail the run or send the chunk's rows to the failure port.
 *
 * @param retries       how many times to retry a failed chunk (not for sources)
 * @param backoffMillis the delay before the first retry; doubled for each further retry
 * @param then          what to do when the retries are exhausted
 */
public record ErrorPolicy(int retries, long backoffMillis, Then then) {

    /** After the retries. */
    public enum Then {
        /** Fail the run. */
        FAIL,
        /** Send the rows of the failed chunk, carrying the error, to the failure port and go on. */
        ROUTE
    }

    /** No retries; fail the run. */
    public static final ErrorPolicy DEFAULT = new ErrorPolicy(0, 0, Then.FAIL);

    public ErrorPolicy {
        Objects.requireNonNull(then, "then");
    }
}
