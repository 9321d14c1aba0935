package org.retort.engine.internal;

import java.util.Map;
import org.retort.api.data.Table;
import org.retort.api.node.SourceNode;
import org.retort.engine.PortDescriptor;

/** Runs a source once on its start signal; each emitted chunk goes out in order, bad rows to failure. */
final class SourceStep extends Step {

    private final SourceNode<Record> source;
    private final String port;

    @SuppressWarnings("unchecked")
    SourceStep(NodeRuntime node) {
        super(node);
        this.source = (SourceNode<Record>) node.plan.type().nodeType();
        this.port = node.plan.type().outputs().get(0).name();
    }

    @Override
    void handle(Envelope start) throws Exception {
        node.started();
        long[] seq = {0};
        long[] waited = {0};
        long begin = System.nanoTime();
        source.produce(params(node), chunk -> {
            node.throwIfCancelled();
            if (chunk == null) {
                throw new IllegalArgumentException("a source emitted null");
            }
            long emit = System.nanoTime();
            var split = FailureRows.split(chunk, chunk.schema());
            node.outlet().submit(seq[0]++, Map.of(port, split.good(), PortDescriptor.FAILURE, split.failed()));
            waited[0] += System.nanoTime() - emit;
        }, node);
        node.worked(System.nanoTime() - begin - waited[0]);
        node.outlet().end(seq[0]);
    }
}
