package org.retort.engine.testnodes;

import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Version 2 of test.scale, with no parameters, installed beside version 1. */
@Node(id = "test.scale", version = "2.0.0", title = "Scale v2", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class ScaleNodeV2 implements StreamingNode<NoParams> {

    @Override
    public Table process(Table chunk, NoParams params, NodeContext context) {
        return chunk;
    }
}
