package org.retort.engine.internal;

import java.util.Map;
import java.util.concurrent.CancellationException;
import org.retort.api.data.Table;
import org.retort.api.node.StreamingNode;
import org.retort.engine.PortDescriptor;
import org.retort.engine.workflow.ErrorPolicy;

/** Runs a streaming node on one chunk; may be called on several threads at once, the outlet restores order. */
final class StreamingStep extends Step {

    private final StreamingNode<Record> streaming;
    private final String port;

    @SuppressWarnings("unchecked")
    StreamingStep(NodeRuntime node) {
        super(node);
        this.streaming = (StreamingNode<Record>) node.plan.type().nodeType();
        this.port = node.plan.type().outputs().get(0).name();
    }

    @Override
    void handle(Envelope in) throws Exception {
        if (in.end()) {
            node.outlet().end(in.seq());
            return;
        }
        node.started();
        long begin = System.nanoTime();
        Table out = streaming.process(in.table(), params(node), node);
        if (out == null) {
            throw new IllegalStateException(node.plan.type().key() + " returned no table");
        }
        node.received(in.table(), System.nanoTime() - begin);
        var split = FailureRows.split(out, in.table().schema());
        node.forward(in.seq(), port, split.good());
        node.outlet().submit(in.seq(), Map.of(port, split.good(), PortDescriptor.FAILURE, split.failed()));
    }

    @Override
    void exhausted(Envelope in, Exception error) {
        if (node.plan.node().onError().then() == ErrorPolicy.Then.ROUTE && !in.end()) {
            node.received(in.table(), 0);
            node.skipForward(in.seq());
            node.outlet().submit(in.seq(), Map.of(PortDescriptor.FAILURE, FailureRows.allFailed(in.table(), message(error))));
        } else {
            super.exhausted(in, error);
        }
    }

    /**
     * Runs the node on a chunk its feeder produced for the feeder's input sequence {@code seq}, in the
     * feeder's thread. The node has no retries (or it would not be fused), so what it throws goes
     * straight to {@link #exhausted}; a stopping run's cancellation goes on up to the feeder's route.
     */
    void fused(long seq, Table table) {
        Envelope in = Envelope.chunk(null, seq, table);
        try {
            handle(in);
        } catch (CancellationException e) {
            throw e;
        } catch (Exception e) {
            exhausted(in, e);
        }
    }

    /** The feeder produced nothing for its input sequence {@code seq}: nor does this node. */
    void skip(long seq) {
        node.skipForward(seq);
        node.outlet().submit(seq, Map.of());
    }
}
