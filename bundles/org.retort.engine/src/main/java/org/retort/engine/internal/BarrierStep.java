package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.engine.PortDescriptor;
import org.retort.engine.workflow.ErrorPolicy;

/**
 * Collects every chunk of every connected input, then runs the barrier node once and sends its output
 * tables downstream in chunks. An input that got no chunk at all is an empty table with the columns
 * the plan knows it has, so the node can look its columns up as usual. Collecting is idempotent, so a
 * retry simply runs the node again.
 */
final class BarrierStep extends Step {

    private final BarrierNode<Record> barrier;
    private final Set<String> connected;
    private final Map<String, TreeMap<Long, Table>> chunks = new HashMap<>();
    private final Set<String> ended = new HashSet<>();
    private boolean done;

    @SuppressWarnings("unchecked")
    BarrierStep(NodeRuntime node, Set<String> connected) {
        super(node);
        this.barrier = (BarrierNode<Record>) node.plan.type().nodeType();
        this.connected = connected;
    }

    @Override
    synchronized void handle(Envelope in) throws Exception {
        node.started();
        if (!in.end()) {
            chunks.computeIfAbsent(in.port(), p -> new TreeMap<>()).put(in.seq(), in.table());
            node.received(in.table(), 0);
            return;
        }
        ended.add(in.port());
        if (done || !ended.containsAll(connected)) {
            return;
        }
        Map<String, Table> inputs = inputs();
        long begin = System.nanoTime();
        Map<String, Table> outputs = barrier.process(inputs, params(node), node);
        node.worked(System.nanoTime() - begin);
        Table firstInput = inputs.get(node.plan.type().inputs().get(0).name());
        Schema basis = firstInput == null ? Schema.EMPTY : firstInput.schema();
        var byChunk = new TreeMap<Long, Map<String, Table>>();
        for (var output : outputs.entrySet()) {
            if (node.plan.type().output(output.getKey()).isEmpty()) {
                throw new IllegalStateException(node.plan.type().key() + " returned an undeclared output '" + output.getKey() + "'");
            }
            var split = FailureRows.split(output.getValue(), basis);
            put(byChunk, output.getKey(), split.good());
            put(byChunk, PortDescriptor.FAILURE, split.failed());
        }
        done = true;
        byChunk.forEach(node.outlet()::submit);
        node.outlet().end(byChunk.size());
    }

    private void put(TreeMap<Long, Map<String, Table>> byChunk, String port, Table table) {
        int size = node.chunkSize();
        for (long i = 0; i * size < Math.max(table.size(), 1); i++) {
            List<Row> rows = table.rows().subList((int) (i * size), (int) Math.min(table.size(), (i + 1) * size));
            byChunk.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(port, new Table(table.schema(), rows));
        }
    }

    private Map<String, Table> inputs() {
        var inputs = new LinkedHashMap<String, Table>();
        chunks.forEach((port, byseq) -> inputs.put(port, concat(new ArrayList<>(byseq.values()))));
        connected.forEach(port -> inputs.putIfAbsent(port, Table.empty(node.plan.schema(port))));
        return inputs;
    }

    private static Table concat(List<Table> tables) {
        var rows = new ArrayList<Row>();
        tables.forEach(t -> rows.addAll(t.rows()));
        return new Table(tables.get(0).schema(), rows);
    }

    @Override
    synchronized void exhausted(Envelope in, Exception error) {
        if (node.plan.node().onError().then() != ErrorPolicy.Then.ROUTE || !in.end() || done) {
            super.exhausted(in, error);
            return;
        }
        done = true;
        Table first = inputs().get(node.plan.type().inputs().get(0).name());
        node.outlet().submit(0, Map.of(PortDescriptor.FAILURE, FailureRows.allFailed(first, message(error))));
        node.outlet().end(1);
    }
}
