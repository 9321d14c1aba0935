package org.retort.engine.testnodes;

import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/** A sink that needs molecules, to test port typing. */
@Node(id = "test.molecules", version = "1.0.0", title = "Molecules", category = "Test",
        inputs = @Port(name = "in", type = PortType.MOLECULES))
public final class MoleculeSink implements SinkNode<NoParams> {

    @Override
    public ChunkWriter open(NoParams params, NodeContext context) {
        return chunk -> { };
    }
}
