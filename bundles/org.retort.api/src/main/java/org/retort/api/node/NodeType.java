package org.retort.api.node;

import java.util.Map;
import org.retort.api.data.Schema;

/**
 * A node type: the service a node bundle registers. Implement exactly one of the four kinds and
 * annotate the class with {@link Node}.
 *
 * @param <P> the parameters record; use {@link NoParams} for none
 */
public sealed interface NodeType<P extends Record> permits SourceNode, StreamingNode, BarrierNode, SinkNode {

    /**
     * Computes the schemas of the output ports from those of the inputs, before anything runs, so the
     * editor can check columns. Return only the outputs you can tell (an empty map when you cannot);
     * throw {@link IllegalArgumentException} with a message naming the column when the inputs do not
     * fit. Called only when every connected input's schema is known.
     *
     * @param inputs the schema of each connected input, by port name
     * @param params the node's parameters
     * @return the schema of each output you can tell, by port name
     */
    default Map<String, Schema> configure(Map<String, Schema> inputs, P params) {
        return Map.of();
    }

    /**
     * What the output depends on besides the parameters and the inputs — a file's size and time, a dataset
     * version, the version of a registered model a node looks up by name —, so the engine's result cache notices
     * when it changed. {@code ""} — the default here — means nothing else; {@code null} means "cannot tell": the
     * node and everything downstream of it is recomputed on every run. Called once per run, before it starts.
     */
    default String fingerprint(P params) throws Exception {
        return "";
    }
}
