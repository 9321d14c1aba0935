package org.retort.node.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;

/** Sorts the whole table by one to three columns, stably, empty cells last; see {@code Sort.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.table.sort", version = "1.0.0", title = "Sort", category = "Table",
        tags = {"sort", "order", "rank", "table"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Rows to sort."),
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "The same rows, sorted."))
public final class Sort implements BarrierNode<Sort.Params> {

    /** The direction of one sort key. */
    public enum Order {
        ASCENDING, DESCENDING
    }

    public record Params(
            @Param(title = "Sort by", columnOf = "in") String column1,
            @Param(title = "Order", defaultValue = "ASCENDING") Order order1,
            @Param(title = "Then by", columnOf = "in", defaultValue = "", description = "Empty: no second key.") String column2,
            @Param(title = "Order", defaultValue = "ASCENDING") Order order2,
            @Param(title = "Then by", columnOf = "in", defaultValue = "", description = "Empty: no third key.") String column3,
            @Param(title = "Order", defaultValue = "ASCENDING") Order order3) {
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        Table in = inputs.get("in");
        if (in.size() == 0) {
            return Map.of("out", in); // an input that received no chunk at all arrives without columns
        }
        context.throwIfCancelled();
        List<Row> rows = new ArrayList<>(in.goodRows());
        rows.sort(comparator(in.schema(), params)); // List.sort is a stable merge sort
        rows.addAll(in.failedRows());
        return Map.of("out", new Table(in.schema(), rows));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        comparator(in, params);
        return Map.of("out", in);
    }

    /** The row order the keys describe: each key's values in its direction, empty cells last in either direction. */
    static Comparator<Row> comparator(Schema schema, Params params) {
        if (params.column1() == null || params.column1().isBlank()) {
            throw new IllegalArgumentException("choose a column to sort by");
        }
        Comparator<Row> result = key(schema, params.column1(), params.order1(), "sort by");
        if (!params.column2().isBlank()) {
            result = result.thenComparing(key(schema, params.column2(), params.order2(), "then by"));
        }
        if (!params.column3().isBlank()) {
            result = result.thenComparing(key(schema, params.column3(), params.order3(), "then by"));
        }
        return result;
    }

    private static Comparator<Row> key(Schema schema, String column, Order order, String role) {
        Comparator<Object> values = Cells.order(Cells.type(schema, column, role));
        Comparator<Object> directed = order == Order.DESCENDING ? values.reversed() : values;
        int index = schema.index(column);
        return (a, b) -> {
            Object x = a.get(index);
            Object y = b.get(index);
            boolean emptyX = Cells.empty(x);
            boolean emptyY = Cells.empty(y);
            if (emptyX || emptyY) {
                return Boolean.compare(emptyX, emptyY);
            }
            return directed.compare(x, y);
        };
    }
}
