package org.retort.benchmarks;

import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** The streaming node under test: {@link Gyration} on every row, written as a node author would. */
@Node(id = "bench.gyration", version = "1.0.0", title = "Radius of gyration", category = "Benchmark",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
final class GyrationNode implements StreamingNode<NoParams> {

    @Override
    public Table process(Table chunk, NoParams params, NodeContext context) {
        return chunk.map(Conformers.WITH_RADIUS, Gyration::apply);
    }
}
