package org.retort.engine.testnodes;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Passes each chunk on after {@code millis}: a node slower than its upstream, so queues fill up. */
@Node(id = "test.slow", version = "1.0.0", title = "Slow", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class SlowNode implements StreamingNode<SlowNode.Params> {

    public record Params(@Param(title = "Milliseconds per chunk", defaultValue = "300") long millis) {
    }

    public final AtomicInteger chunks = new AtomicInteger();

    @Override
    public Table process(Table chunk, Params params, NodeContext context) throws InterruptedException {
        Thread.sleep(params.millis());
        chunks.incrementAndGet();
        return chunk;
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", inputs.get("in"));
    }
}
