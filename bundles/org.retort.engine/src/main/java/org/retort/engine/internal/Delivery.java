package org.retort.engine.internal;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.seda.SedaEndpoint;

/**
 * Puts envelopes on node queues. A full queue blocks the sender for as long as it stays full: that is
 * the back pressure that makes a slow node slow down the nodes feeding it, however slow it is. The
 * sender waits in short offers, so a run that is stopping (failed or cancelled) ends a blocked send
 * within one wait instead of never.
 *
 * <p>The envelope goes straight into the SEDA endpoint's queue rather than through a producer: the
 * SEDA producer turns an offer that timed out into a failed exchange (an {@code IllegalStateException}
 * in Camel 4), which cannot be told apart from a real failure without reading its message.
 */
final class Delivery {

    /** How long one offer waits for room before the sender looks at the run again. */
    static final long OFFER_MILLIS = 200;

    private final BooleanSupplier stopping;
    private final Map<String, SedaEndpoint> endpoints = new ConcurrentHashMap<>();
    private volatile CamelContext camel;

    Delivery(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    void connect(CamelContext context) {
        this.camel = context;
    }

    /**
     * Sends {@code envelope} to the queue {@code uri}, waiting while it is full.
     *
     * @throws CancellationException when the run stops while the queue is full, or the sender is interrupted
     */
    void send(String uri, Envelope envelope) {
        SedaEndpoint endpoint = endpoints.computeIfAbsent(uri, u -> camel.getEndpoint(u, SedaEndpoint.class));
        Exchange exchange = endpoint.createExchange();
        exchange.getIn().setBody(envelope);
        BlockingQueue<Exchange> queue = endpoint.getQueue();
        try {
            checkRunning();
            while (!queue.offer(exchange, OFFER_MILLIS, TimeUnit.MILLISECONDS)) {
                checkRunning();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while queueing a chunk for " + uri);
        }
    }

    private void checkRunning() {
        if (stopping.getAsBoolean()) {
            throw new CancellationException("run stopping");
        }
    }
}
