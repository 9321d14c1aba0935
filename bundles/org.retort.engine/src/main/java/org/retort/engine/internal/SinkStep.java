package org.retort.engine.internal;

import java.util.Map;
import org.retort.api.node.SinkNode;

/** Opens the sink's writer on the first envelope, writes chunks in order, closes it at the end. */
final class SinkStep extends Step {

    private final SinkNode<Record> sink;
    private SinkNode.ChunkWriter writer;

    @SuppressWarnings("unchecked")
    SinkStep(NodeRuntime node) {
        super(node);
        this.sink = (SinkNode<Record>) node.plan.type().nodeType();
    }

    @Override
    void handle(Envelope in) throws Exception {
        long begin = System.nanoTime();
        if (writer == null) {
            node.started();
            writer = sink.open(params(node), node);
            node.holdOpen(writer::close);
        }
        if (in.end()) {
            node.holdOpen(null);
            writer.close();
            node.worked(System.nanoTime() - begin);
            node.outlet().end(in.seq());
            return;
        }
        writer.write(in.table());
        node.received(in.table(), System.nanoTime() - begin);
        node.outlet().submit(in.seq(), Map.of());
    }
}
