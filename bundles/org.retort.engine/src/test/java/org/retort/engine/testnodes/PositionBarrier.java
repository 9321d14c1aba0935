package org.retort.engine.testnodes;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;

/** Sees the whole table and appends each row's position in it (1-based), which exposes any reordering. */
@Node(id = "test.position", version = "1.0.0", title = "Position", category = "Test",
        docs = "Appends the **position** of each row.",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class PositionBarrier implements BarrierNode<PositionBarrier.Params> {

    public record Params(@Param(title = "Column name", defaultValue = "position") String name) {
    }

    public final AtomicInteger runs = new AtomicInteger();

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        runs.incrementAndGet();
        Table in = inputs.get("in");
        var rows = new ArrayList<Row>();
        for (Row row : in.rows()) {
            rows.add(row.append((long) rows.size() + 1));
        }
        context.count("rows seen", rows.size());
        return Map.of("out", new Table(in.schema().plus(Column.of(params.name(), ColumnType.INTEGER)), rows));
    }
}
