package org.retort.engine.testnodes;

import java.util.ArrayList;
import java.util.Map;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/** Emits records 1…count with one column n and no fingerprint, so nothing downstream of it can be cached. */
@Node(id = "test.unkeyed", version = "1.0.0", title = "Unkeyed", category = "Test",
        outputs = @Port(name = "out", type = PortType.TABLE))
public final class UnkeyedSource implements SourceNode<UnkeyedSource.Params> {

    public static final Schema SCHEMA = Schema.of(Column.of("n", ColumnType.INTEGER));

    public record Params(@Param(title = "Count", defaultValue = "10", min = 0) int count) {
    }

    @Override
    public void produce(Params params, Emitter out, NodeContext context) {
        var rows = new ArrayList<Row>(context.chunkSize());
        for (long n = 1; n <= params.count(); n++) {
            rows.add(Row.of(n, n));
            if (rows.size() == context.chunkSize()) {
                out.emit(new Table(SCHEMA, rows));
                rows = new ArrayList<>(context.chunkSize());
            }
        }
        if (!rows.isEmpty()) {
            out.emit(new Table(SCHEMA, rows));
        }
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", SCHEMA);
    }
}
