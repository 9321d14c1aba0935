package org.retort.benchmarks;

import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NoParams;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/**
 * Counts the rows of the latest run and sums their radii, so the benchmark can check that every row
 * arrived and the work cannot be optimised away. A sink's chunks arrive one at a time.
 */
@Node(id = "bench.count", version = "1.0.0", title = "Count", category = "Benchmark",
        inputs = @Port(name = "in", type = PortType.TABLE))
final class CountingSink implements SinkNode<NoParams> {

    private volatile long rows;
    private volatile double sum;

    @Override
    public ChunkWriter open(NoParams params, NodeContext context) {
        rows = 0;
        sum = 0;
        return chunk -> add(chunk);
    }

    private void add(Table chunk) {
        double total = sum;
        for (Row row : chunk.rows()) {
            total += (Double) row.get(2);
        }
        sum = total;
        rows += chunk.size();
    }

    long rows() {
        return rows;
    }

    double sum() {
        return sum;
    }
}
