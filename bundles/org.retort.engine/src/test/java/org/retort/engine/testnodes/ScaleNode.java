package org.retort.engine.testnodes;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
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

/** Appends {@code scaled = column × factor}; a row labelled "bad" fails. Sleeps a little to shuffle threads. */
@Node(id = "test.scale", version = "1.0.0", title = "Scale", category = "Test", tags = {"math", "test"},
        inputs = @Port(name = "in", type = PortType.TABLE, description = "Rows with a number column."),
        outputs = @Port(name = "out", type = PortType.TABLE, description = "The rows with 'scaled' appended."))
public final class ScaleNode implements StreamingNode<ScaleNode.Params> {

    public enum Rounding { NONE, FLOOR, CEIL }

    public record Params(
            @Param(title = "Column", description = "The number column to scale.", columnOf = "in", defaultValue = "n") String column,
            @Param(title = "Factor", defaultValue = "2.0", min = 0, max = 100) double factor,
            @Param(title = "Rounding", defaultValue = "NONE", advanced = true) Rounding rounding,
            @Param(title = "Label", defaultValue = "scaled", pattern = "[a-z]+") String label,
            @Param(title = "Token", description = "Not used; shows a secret.", defaultValue = "", secret = true) String token) {
    }

    public final AtomicInteger chunks = new AtomicInteger();
    /** What this node says its output depends on besides parameters and inputs (see NodeType#fingerprint). */
    public volatile String fingerprint = "";

    @Override
    public String fingerprint(Params params) {
        return fingerprint;
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) throws InterruptedException {
        chunks.incrementAndGet();
        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        int column = chunk.schema().index(params.column());
        int label = chunk.schema().indexOf("label");
        Schema out = chunk.schema().plus(Column.of(params.label(), ColumnType.DOUBLE));
        return chunk.map(out, row -> {
            if (label >= 0 && "bad".equals(row.string(label))) {
                throw new IllegalArgumentException("record " + row.recordNumber() + " is bad");
            }
            double scaled = row.number(column) * params.factor();
            return row.append(switch (params.rounding()) {
                case NONE -> scaled;
                case FLOOR -> Math.floor(scaled);
                case CEIL -> Math.ceil(scaled);
            });
        });
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        if (in.column(params.column()).map(c -> c.type() != ColumnType.INTEGER && c.type() != ColumnType.DOUBLE).orElse(false)) {
            throw new IllegalArgumentException("column '" + params.column() + "' is not a number");
        }
        return Map.of("out", in.plus(Column.of(params.label(), ColumnType.DOUBLE)));
    }
}
