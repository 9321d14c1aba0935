package org.retort.api.node;

import org.retort.api.data.Table;

/**
 * A node that delivers rows outside the workflow (a file, a database, a report) from its single
 * input. Chunks arrive one at a time, in record order.
 *
 * @param <P> the parameters record
 */
public non-sealed interface SinkNode<P extends Record> extends NodeType<P> {

    /** Opens the destination; the writer receives every chunk and is closed after the last one. */
    ChunkWriter open(P params, NodeContext context) throws Exception;

    /** Writes the chunks of one run; keeps whatever state the writing needs. */
    @FunctionalInterface
    interface ChunkWriter {
        /** Writes one chunk. */
        void write(Table chunk) throws Exception;

        /** Completes the destination (flush, close files); called once after the last chunk, or when the run stops. */
        default void close() throws Exception {
        }
    }
}
