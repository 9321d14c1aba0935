package org.retort.api.node;

import org.retort.api.data.Table;

/**
 * A node that works on one chunk at a time, with one input and one output. It keeps no state between
 * calls, so the engine may call it for several chunks at once on several threads; row order is
 * restored afterwards.
 *
 * @param <P> the parameters record
 */
public non-sealed interface StreamingNode<P extends Record> extends NodeType<P> {

    /**
     * Processes one chunk. Rows the node cannot process are returned {@linkplain
     * org.retort.api.data.Row#fail failed} and go to the {@code failure} port; the others go to the
     * output. Throwing fails the whole chunk, which the node's error policy then handles.
     */
    Table process(Table chunk, P params, NodeContext context) throws Exception;
}
