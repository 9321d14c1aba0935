package org.retort.node.table;

import java.util.ArrayList;
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

/** Keeps the first N rows of the table, e.g. the best N after a sort; see {@code TopN.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.table.top", version = "1.0.0", title = "Top N", category = "Table",
        tags = {"top", "head", "first", "limit", "best", "table"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Rows in the order that matters, e.g. sorted."),
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "The first N rows."))
public final class TopN implements BarrierNode<TopN.Params> {

    /** The counter of rows left out. */
    static final String LEFT_OUT = "not in top N";

    public record Params(
            @Param(title = "N", description = "How many rows to keep.", defaultValue = "10", min = 1) int n) {
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        check(params);
        Table in = inputs.get("in");
        List<Row> good = in.goodRows();
        int kept = Math.min(params.n(), good.size());
        var rows = new ArrayList<Row>(good.subList(0, kept));
        rows.addAll(in.failedRows());
        context.count(LEFT_OUT, good.size() - kept);
        return Map.of("out", new Table(in.schema(), rows));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        check(params);
        return Map.of("out", inputs.get("in"));
    }

    private static void check(Params params) {
        if (params.n() < 1) {
            throw new IllegalArgumentException("N must be at least 1, not " + params.n());
        }
    }
}
