package org.retort.engine.internal;

/**
 * A chunk the open circuit breaker did not send to its node. Camel's breaker only marks such an
 * exchange as short-circuited; the step turns the mark into this exception so that the route's error
 * handler hands the chunk to the node's policy at once, without retries.
 */
final class CircuitOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CircuitOpenException() {
        super("the circuit breaker is open after too many failed calls; the chunk was not sent to the node", null, false, false);
    }
}
