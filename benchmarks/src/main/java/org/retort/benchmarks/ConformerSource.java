package org.retort.benchmarks;

import java.util.List;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/**
 * Emits the first {@code rows} rows held in memory, in chunks of the run's chunk size, so the source
 * costs what the engine makes a source cost (chunk tables, queueing) and no I/O the plain loop would
 * not do. No fingerprint: its output is never taken from the cache, every run computes.
 */
@Node(id = "bench.conformers", version = "1.0.0", title = "Conformers", category = "Benchmark",
        outputs = @Port(name = "out", type = PortType.TABLE))
final class ConformerSource implements SourceNode<ConformerSource.Params> {

    /** @param rows how many of the held rows to emit */
    public record Params(@Param(title = "Rows", min = 0) int rows) {
    }

    private final List<Row> rows;

    ConformerSource(List<Row> rows) {
        this.rows = rows;
    }

    @Override
    public void produce(Params params, Emitter out, NodeContext context) {
        int count = Math.min(params.rows(), rows.size());
        int chunk = context.chunkSize();
        for (int from = 0; from < count; from += chunk) {
            out.emit(new Table(Conformers.SCHEMA, rows.subList(from, Math.min(count, from + chunk))));
        }
    }
}
