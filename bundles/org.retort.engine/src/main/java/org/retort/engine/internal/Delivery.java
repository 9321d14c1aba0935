package org.retort.engine.internal;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.ProducerTemplate;

/**
 * Puts envelopes on node queues. A full queue blocks the sender (back pressure) in short waits, so a
 * cancelled run stops a blocked producer within the wait instead of never.
 */
final class Delivery {

    static final long OFFER_MILLIS = 200;

    private final BooleanSupplier stopping;
    private volatile ProducerTemplate template;

    Delivery(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    void connect(ProducerTemplate producer) {
        this.template = producer;
    }

    /** Sends {@code envelope} to {@code uri}, waiting while the queue is full. */
    void send(String uri, Envelope envelope) {
        while (true) {
            if (stopping.getAsBoolean()) {
                throw new CancellationException("run stopping");
            }
            Exchange sent = template.send(uri, exchange -> exchange.getIn().setBody(envelope));
            Exception failure = sent.getException();
            if (failure == null) {
                return;
            }
            if (!(failure instanceof ExchangeTimedOutException)) {
                throw new IllegalStateException("cannot queue a chunk for " + uri + ": " + failure, failure);
            }
        }
    }
}
