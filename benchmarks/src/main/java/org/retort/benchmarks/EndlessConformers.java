package org.retort.benchmarks;

import java.util.List;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/**
 * Emits the held rows over and over until the run is cancelled, for measuring the engine's
 * steady-state throughput without the start and end of a run. The row count must be a multiple of
 * the chunk size so that every chunk is full.
 */
@Node(id = "bench.endless-conformers", version = "1.0.0", title = "Endless conformers", category = "Benchmark",
        outputs = @Port(name = "out", type = PortType.TABLE))
final class EndlessConformers implements SourceNode<NoParams> {

    private final List<Row> rows;

    EndlessConformers(List<Row> rows) {
        this.rows = rows;
    }

    @Override
    public void produce(NoParams params, Emitter out, NodeContext context) {
        int chunk = context.chunkSize();
        if (rows.size() % chunk != 0) {
            throw new IllegalArgumentException(rows.size() + " rows do not split into chunks of " + chunk);
        }
        while (!context.cancelled()) {
            for (int from = 0; from < rows.size() && !context.cancelled(); from += chunk) {
                out.emit(new Table(Conformers.SCHEMA, rows.subList(from, from + chunk)));
            }
        }
    }
}
