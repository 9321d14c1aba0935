package org.retort.engine.internal;

import java.util.Map;
import org.retort.api.data.Table;
import org.retort.api.node.StreamingNode;
import org.retort.engine.PortDescriptor;

/**
 * Has a node's fallback process a chunk the node could not: the output goes on, in order, as the
 * node's own; the fallback's own statistics show what it did. The node counts {@code fallbacks}
 * (chunks) and {@code fallback rows} (rows the fallback produced); nothing in the data marks them,
 * so the schema downstream is the same whoever answered. The run caches nothing that ends after a
 * fallback answered, so the next run asks the node again.
 */
final class FallbackCall {

    static final String FALLBACKS = "fallbacks";
    static final String FALLBACK_ROWS = "fallback rows";

    private final NodeRuntime node;
    private final NodeRuntime standIn;
    private final StreamingNode<Record> streaming;
    private final String port;
    private final String standInPort;

    @SuppressWarnings("unchecked")
    FallbackCall(NodeRuntime node, NodeRuntime standIn) {
        this.node = node;
        this.standIn = standIn;
        this.streaming = (StreamingNode<Record>) standIn.plan.type().nodeType();
        this.port = node.plan.type().outputs().get(0).name();
        this.standInPort = standIn.plan.type().outputs().get(0).name();
    }

    /** Processes {@code in}, which the node could not because of {@code reason}; a failing fallback fails the run. */
    void process(Envelope in, String reason) {
        standIn.started();
        long begin = System.nanoTime();
        Table out;
        try {
            out = streaming.process(in.table(), Step.params(standIn), standIn);
            if (out == null) {
                throw new IllegalStateException(standIn.plan.type().key() + " returned no table");
            }
        } catch (Exception e) {
            node.failed(reason + "; its fallback '" + standIn.plan.id() + "' failed too: " + Step.message(e));
            return;
        }
        standIn.received(in.table(), System.nanoTime() - begin);
        var split = FailureRows.split(out, in.table().schema());
        standIn.delivered(standInPort, split.good());
        standIn.delivered(PortDescriptor.FAILURE, split.failed());
        node.received(in.table(), 0);
        node.count(FALLBACKS, 1);
        node.count(FALLBACK_ROWS, split.good().size());
        node.run.degrade();
        node.outlet().submit(in.seq(), Map.of(port, split.good(), PortDescriptor.FAILURE, split.failed()));
    }
}
