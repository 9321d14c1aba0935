package org.retort.engine.internal;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;
import org.retort.api.data.Table;
import org.retort.api.node.StreamingNode;
import org.retort.engine.PortDescriptor;
import org.retort.engine.workflow.ErrorPolicy;

/**
 * Runs a streaming node whose calls are guarded by a timeout, a circuit breaker or a fallback
 * ({@link GuardedRoute} builds its route). {@link #call} runs inside Camel's circuit breaker — on a
 * copy of the exchange, and with a timeout on the breaker's own thread — and only computes; a call
 * that times out may finish later, its result is then dropped. {@link #deliver} sends the result on in
 * order, or, when the open circuit did not call the node, throws {@link CircuitOpenException}, which
 * the route hands to {@link #exhausted} without retrying. Counts calls, failures, timeouts and
 * short-circuited chunks as node counters.
 */
final class GuardedStep extends Step {

    static final String CALLS = "calls";
    static final String FAILURES = "failures";
    static final String TIMEOUTS = "timeouts";
    static final String SHORT_CIRCUITED = "short-circuited";
    private static final String RESULT = "RetortGuardedResult";

    private record Result(Table table, long nanos) {
    }

    private final StreamingNode<Record> streaming;
    private final String port;
    private final ErrorPolicy policy;
    private final FallbackCall fallback;

    @SuppressWarnings("unchecked")
    GuardedStep(NodeRuntime node) {
        super(node);
        this.streaming = (StreamingNode<Record>) node.plan.type().nodeType();
        this.port = node.plan.type().outputs().get(0).name();
        this.policy = node.plan.node().onError();
        this.fallback = policy.then() == ErrorPolicy.Then.FALLBACK ? new FallbackCall(node, node.fallback()) : null;
    }

    /** Only the end of the input reaches here: the chunks take the circuit breaker. */
    @Override
    void handle(Envelope in) {
        node.outlet().end(in.seq());
    }

    /** Calls the node on the chunk and keeps the result on the exchange. */
    void call(Exchange exchange) throws Exception {
        Envelope in = exchange.getIn().getBody(Envelope.class);
        node.started();
        node.count(CALLS, 1);
        long begin = System.nanoTime();
        Table out = streaming.process(in.table(), params(node), node);
        if (out == null) {
            throw new IllegalStateException(node.plan.type().key() + " returned no table");
        }
        exchange.setProperty(RESULT, new Result(out, System.nanoTime() - begin));
    }

    /** Sends the result of {@link #call} on; without one the open circuit rejected the chunk. */
    void deliver(Exchange exchange) {
        Result result = exchange.getProperty(RESULT, Result.class);
        exchange.removeProperty(RESULT);
        if (result == null) {
            node.count(SHORT_CIRCUITED, 1);
            throw new CircuitOpenException();
        }
        Envelope in = exchange.getIn().getBody(Envelope.class);
        node.received(in.table(), result.nanos());
        var split = FailureRows.split(result.table(), in.table().schema());
        node.outlet().submit(in.seq(), Map.of(port, split.good(), PortDescriptor.FAILURE, split.failed()));
    }

    /** Every time a call failed, before any retry: counts a timeout or a failure. */
    void occurred(Exchange exchange) {
        Exception error = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (error != null && !(error instanceof CancellationException) && !(error instanceof CircuitOpenException)) {
            node.count(timedOut(error) ? TIMEOUTS : FAILURES, 1);
        }
    }

    @Override
    void exhausted(Envelope in, Exception error) {
        String reason = reason(error);
        if (in.end()) {
            node.failed(reason);
            return;
        }
        switch (policy.then()) {
            case FALLBACK -> fallback.process(in, reason);
            case ROUTE -> {
                node.received(in.table(), 0);
                node.outlet().submit(in.seq(), Map.of(PortDescriptor.FAILURE, FailureRows.allFailed(in.table(), reason)));
            }
            case FAIL -> node.failed(reason);
        }
    }

    private String reason(Exception error) {
        if (timedOut(error)) {
            return "timed out after " + policy.timeoutMillis() + " ms";
        }
        Throwable cause = error instanceof RuntimeCamelException && error.getCause() != null ? error.getCause() : error;
        return message(cause);
    }

    private static boolean timedOut(Throwable error) {
        return error instanceof TimeoutException || error.getCause() instanceof TimeoutException;
    }
}
