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

/**
 * The local fallback of {@link RemoteNode}: appends {@code by = "local"}. On the chunk holding record
 * {@code pauseOn} it pauses {@code pauseMillis} first, so that a test can let an open circuit's wait
 * run out.
 */
@Node(id = "test.local", version = "1.0.0", title = "Local estimate", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class LocalEstimateNode implements StreamingNode<LocalEstimateNode.Params> {

    public record Params(@Param(title = "Pause on record", defaultValue = "0", min = 0) long pauseOn,
            @Param(title = "Pause", defaultValue = "0", min = 0) long pauseMillis) {
    }

    public final AtomicInteger calls = new AtomicInteger();

    @Override
    public Table process(Table chunk, Params params, NodeContext context) throws InterruptedException {
        calls.incrementAndGet();
        if (chunk.rows().stream().anyMatch(r -> r.recordNumber() == params.pauseOn())) {
            Thread.sleep(params.pauseMillis());
        }
        return RemoteNode.By.append(chunk, "local");
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", RemoteNode.By.schema(inputs.get("in")));
    }
}
