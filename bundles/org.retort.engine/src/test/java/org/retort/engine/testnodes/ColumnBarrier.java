package org.retort.engine.testnodes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;

/** Sorts the whole input by a number column, highest first, looking it up by name as real barriers do; remembers the columns it saw. */
@Node(id = "test.sort", version = "1.0.0", title = "Sort", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE), outputs = @Port(name = "out", type = PortType.TABLE))
public final class ColumnBarrier implements BarrierNode<ColumnBarrier.Params> {

    public record Params(@Param(title = "Column", columnOf = "in", defaultValue = "n") String column) {
    }

    public final AtomicReference<List<String>> seen = new AtomicReference<>();

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        Table in = inputs.get("in");
        seen.set(in.schema().names());
        int column = in.schema().index(params.column());
        List<Row> sorted = in.rows().stream()
                .sorted((a, b) -> Double.compare(b.number(column), a.number(column))).toList();
        return Map.of("out", new Table(in.schema(), sorted));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", inputs.get("in"));
    }
}
