package org.retort.engine.testnodes;

import java.util.concurrent.atomic.AtomicInteger;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Throws on the chunk holding record {@code failOn}, the first {@code failures} times it sees it. */
@Node(id = "test.flaky", version = "1.0.0", title = "Flaky", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class FlakyNode implements StreamingNode<FlakyNode.Params> {

    public record Params(@Param(title = "Fail on record") long failOn,
            @Param(title = "Failures", defaultValue = "1000000") int failures) {
    }

    public final AtomicInteger attempts = new AtomicInteger();

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        if (chunk.rows().stream().anyMatch(r -> r.recordNumber() == params.failOn())
                && attempts.incrementAndGet() <= params.failures()) {
            throw new IllegalStateException("service unavailable");
        }
        return chunk;
    }
}
