package org.retort.engine.testnodes;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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

/** Emits records 1…count with columns n and label; every {@code badEvery}-th label is "bad". */
@Node(id = "test.numbers", version = "1.0.0", title = "Numbers", category = "Test",
        outputs = @Port(name = "out", type = PortType.TABLE))
public final class NumbersSource implements SourceNode<NumbersSource.Params> {

    public static final Schema SCHEMA = Schema.of(Column.of("n", ColumnType.INTEGER), Column.of("label", ColumnType.STRING));

    public record Params(@Param(title = "Count", defaultValue = "10", min = 0) int count,
            @Param(title = "Bad every", defaultValue = "0", min = 0) int badEvery) {
    }

    public final AtomicInteger runs = new AtomicInteger();

    @Override
    public void produce(Params params, Emitter out, NodeContext context) {
        runs.incrementAndGet();
        var rows = new ArrayList<Row>();
        for (long n = 1; n <= params.count(); n++) {
            boolean bad = params.badEvery() > 0 && n % params.badEvery() == 0;
            rows.add(Row.of(n, n, bad ? "bad" : "row " + n));
            if (rows.size() == context.chunkSize()) {
                out.emit(new Table(SCHEMA, rows));
                rows.clear();
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

    @Override
    public String fingerprint(Params params) {
        return "generated";
    }
}
