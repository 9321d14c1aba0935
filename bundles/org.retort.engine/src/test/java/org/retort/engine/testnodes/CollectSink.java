package org.retort.engine.testnodes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/** Keeps every row each of its workflow nodes receives, in arrival order. */
@Node(id = "test.collect", version = "1.0.0", title = "Collect", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE))
public final class CollectSink implements SinkNode<NoParams> {

    private final Map<String, List<Row>> rows = new ConcurrentHashMap<>();
    public final AtomicInteger closed = new AtomicInteger();

    /** The rows the workflow node {@code nodeId} received in its latest run. */
    public List<Row> rows(String nodeId) {
        return rows.getOrDefault(nodeId, List.of());
    }

    @Override
    public ChunkWriter open(NoParams params, NodeContext context) {
        List<Row> received = Collections.synchronizedList(new ArrayList<>());
        rows.put(context.nodeId(), received);
        return new ChunkWriter() {
            @Override
            public void write(Table chunk) {
                received.addAll(chunk.rows());
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }
}
