package org.retort.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retort.api.data.Table;

/** Stands in for a node whose output is cached: sends the cached chunks downstream as if it had run. */
final class ReplayStep extends Step {

    ReplayStep(NodeRuntime node) {
        super(node);
    }

    @Override
    void handle(Envelope start) {
        node.started();
        Map<String, List<Table>> cached = node.plan.cached();
        int chunks = cached.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < chunks; i++) {
            var tables = new LinkedHashMap<String, Table>();
            for (var port : cached.entrySet()) {
                if (i < port.getValue().size()) {
                    tables.put(port.getKey(), port.getValue().get(i));
                }
            }
            node.outlet().submit(i, tables);
        }
        node.outlet().end(chunks);
    }
}
