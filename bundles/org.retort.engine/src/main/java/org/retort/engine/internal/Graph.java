package org.retort.engine.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** The node graph of a workflow: topological order and cycles (Tarjan's strongly connected components). */
public final class Graph {

    private final Map<String, Set<String>> successors = new LinkedHashMap<>();

    /** The graph of {@code workflow}'s nodes; edges to or from unknown nodes are ignored. */
    public Graph(Workflow workflow) {
        for (WorkflowNode node : workflow.nodes()) {
            successors.putIfAbsent(node.id(), new LinkedHashSet<>());
        }
        for (Edge edge : workflow.edges()) {
            if (successors.containsKey(edge.from().node()) && successors.containsKey(edge.to().node())) {
                successors.get(edge.from().node()).add(edge.to().node());
            }
        }
    }

    /** Every cycle, as the node ids that form it in document order; empty for a DAG. */
    public List<List<String>> cycles() {
        var tarjan = new Tarjan();
        successors.keySet().forEach(id -> {
            if (!tarjan.index.containsKey(id)) {
                tarjan.visit(id);
            }
        });
        return tarjan.cycles;
    }

    /** The node ids in an order where every node comes after its predecessors, ties in document order. */
    public List<String> topologicalOrder() {
        var incoming = new HashMap<String, Integer>();
        successors.keySet().forEach(id -> incoming.put(id, 0));
        successors.values().forEach(next -> next.forEach(id -> incoming.merge(id, 1, Integer::sum)));
        var order = new ArrayList<String>();
        var ready = new ArrayDeque<String>();
        successors.keySet().stream().filter(id -> incoming.get(id) == 0).forEach(ready::add);
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String next : successors.get(id)) {
                if (incoming.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() != successors.size()) {
            throw new IllegalStateException("the workflow has a cycle");
        }
        return order;
    }

    private final class Tarjan {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new LinkedHashSet<>();
        final List<List<String>> cycles = new ArrayList<>();

        void visit(String id) {
            index.put(id, index.size());
            low.put(id, index.get(id));
            stack.push(id);
            onStack.add(id);
            for (String next : successors.get(id)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(id, Math.min(low.get(id), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(id, Math.min(low.get(id), index.get(next)));
                }
            }
            if (low.get(id).equals(index.get(id))) {
                var component = new LinkedHashSet<String>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(id));
                if (component.size() > 1 || successors.get(id).contains(id)) {
                    cycles.add(successors.keySet().stream().filter(component::contains).toList());
                }
            }
        }
    }
}
