package org.retort.engine.testnodes;

import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** A streaming node on molecules that passes them on, to test port typing. */
@Node(id = "test.molecule-echo", version = "1.0.0", title = "Molecule echo", category = "Test",
        inputs = @Port(name = "in", type = PortType.MOLECULES), outputs = @Port(name = "out", type = PortType.MOLECULES))
public final class MoleculeEchoNode implements StreamingNode<NoParams> {

    @Override
    public Table process(Table chunk, NoParams params, NodeContext context) {
        return chunk;
    }
}
