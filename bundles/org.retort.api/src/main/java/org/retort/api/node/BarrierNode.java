package org.retort.api.node;

import java.util.Map;
import org.retort.api.data.Table;

/**
 * A node that needs whole tables (sort, deduplicate, train a model, statistics): the engine collects
 * every chunk of every input first.
 *
 * @param <P> the parameters record
 */
public non-sealed interface BarrierNode<P extends Record> extends NodeType<P> {

    /**
     * Processes the complete inputs.
     *
     * @param inputs the whole table of each connected input, by port name
     * @return a table for each output port, by port name; failed rows go to the {@code failure} port
     */
    Map<String, Table> process(Map<String, Table> inputs, P params, NodeContext context) throws Exception;
}
