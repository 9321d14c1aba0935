package org.retort.engine.testnodes;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Passes chunks on unchanged and keeps the highest value {@code probe} gave while it did. */
@Node(id = "test.probe", version = "1.0.0", title = "Probe", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class ProbeNode implements StreamingNode<NoParams> {

    private final LongSupplier probe;
    public final AtomicLong highest = new AtomicLong();
    public final AtomicLong rows = new AtomicLong();

    public ProbeNode(LongSupplier probe) {
        this.probe = probe;
    }

    @Override
    public Table process(Table chunk, NoParams params, NodeContext context) {
        highest.accumulateAndGet(probe.getAsLong(), Math::max);
        rows.addAndGet(chunk.size());
        return chunk;
    }
}
