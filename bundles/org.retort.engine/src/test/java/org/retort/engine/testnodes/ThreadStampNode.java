package org.retort.engine.testnodes;

import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Appends a column named {@code column} holding the name of the thread that processed the row. */
@Node(id = "test.thread-stamp", version = "1.0.0", title = "Thread stamp", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class ThreadStampNode implements StreamingNode<ThreadStampNode.Params> {

    public record Params(@Param(title = "Column", defaultValue = "thread") String column) {
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        String thread = Thread.currentThread().getName();
        Schema out = chunk.schema().plus(Column.of(params.column(), ColumnType.STRING));
        return chunk.map(out, row -> row.append(thread));
    }
}
