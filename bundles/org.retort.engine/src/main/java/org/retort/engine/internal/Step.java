package org.retort.engine.internal;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The work of one node's route: what to do with each envelope from its queue, and what to do when the
 * node threw and its retries are used up.
 */
abstract class Step implements Processor {

    final NodeRuntime node;

    Step(NodeRuntime node) {
        this.node = node;
    }

    abstract void handle(Envelope envelope) throws Exception;

    @Override
    public final void process(Exchange exchange) throws Exception {
        handle(exchange.getIn().getBody(Envelope.class));
    }

    /** The node threw on {@code envelope} and may not retry any more; by default this fails the run. */
    void exhausted(Envelope envelope, Exception error) {
        node.failed(message(error));
    }

    /** Processes the failure of the exchange being handled by Camel's error handler. */
    final void exhausted(Exchange exchange) {
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exhausted(exchange.getIn().getBody(Envelope.class), error == null ? new IllegalStateException("unknown failure") : error);
    }

    static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    @SuppressWarnings("unchecked")
    static <P extends Record> P params(NodeRuntime node) {
        return (P) node.plan.params();
    }
}
