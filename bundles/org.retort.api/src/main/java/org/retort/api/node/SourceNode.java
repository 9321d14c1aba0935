package org.retort.api.node;

import org.retort.api.data.Table;

/**
 * A node that produces rows from outside the workflow (a file, a database, a service) on its single
 * output port.
 *
 * @param <P> the parameters record
 */
public non-sealed interface SourceNode<P extends Record> extends NodeType<P> {

    /**
     * Produces the rows in chunks of about {@link NodeContext#chunkSize()} rows, in record order.
     * {@link Emitter#emit} blocks while downstream is busy: that is back pressure, keep calling it.
     */
    void produce(P params, Emitter out, NodeContext context) throws Exception;

    /**
     * What the output depends on besides the parameters (a file's size and modification time, a
     * dataset version), so the engine can reuse a cached result. {@code null} — the default for a source,
     * which reads the outside world — means "cannot tell": the source and everything downstream of it is
     * recomputed on every run.
     */
    @Override
    default String fingerprint(P params) throws Exception {
        return null;
    }

    /** Receives a source's chunks. */
    @FunctionalInterface
    interface Emitter {
        /** Sends {@code chunk} downstream, waiting while downstream queues are full. */
        void emit(Table chunk);
    }
}
