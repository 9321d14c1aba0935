package org.retort.engine.testnodes;

import java.util.concurrent.atomic.AtomicLong;
import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/** Counts the rows it receives and keeps none of them. */
@Node(id = "test.count", version = "1.0.0", title = "Count", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE))
public final class CountSink implements SinkNode<NoParams> {

    public final AtomicLong rows = new AtomicLong();

    @Override
    public ChunkWriter open(NoParams params, NodeContext context) {
        rows.set(0);
        return new ChunkWriter() {
            @Override
            public void write(Table chunk) {
                rows.addAndGet(chunk.size());
            }

            @Override
            public void close() {
            }
        };
    }
}
