package org.retort.engine.testnodes;

import java.util.concurrent.atomic.AtomicReference;
import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/** Remembers who started the run, as its context tells it ("" when nobody in particular did). */
@Node(id = "test.starter", version = "1.0.0", title = "Who started", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE))
public final class StarterSink implements SinkNode<NoParams> {

    public final AtomicReference<String> startedBy = new AtomicReference<>();

    @Override
    public ChunkWriter open(NoParams params, NodeContext context) {
        startedBy.set(context.startedBy().orElse(""));
        return new ChunkWriter() {
            @Override
            public void write(Table chunk) {
            }

            @Override
            public void close() {
            }
        };
    }
}
