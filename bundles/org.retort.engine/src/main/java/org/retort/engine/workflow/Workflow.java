package org.retort.engine.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A workflow document: nodes, the edges between their ports, triggers, and (apart from the logic) the
 * layout the editor draws. Immutable; the {@code with…} methods return changed copies.
 *
 * @param id          a stable identifier (file name without {@code .json} for the examples)
 * @param title       a human title
 * @param description what it does, for people
 * @param nodes       the nodes in document order
 * @param edges       the edges in document order
 * @param triggers    what starts it besides a person
 * @param layout      where each node is drawn, by node id
 * @param annotations notes on the canvas, for people (the engine ignores them)
 */
public record Workflow(String id, String title, String description, List<WorkflowNode> nodes, List<Edge> edges,
        List<Trigger> triggers, Map<String, Position> layout, List<Annotation> annotations) {

    /** The format identifier written into every document. */
    public static final String FORMAT = "retort.workflow/1";

    public Workflow {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        nodes = List.copyOf(nodes == null ? List.of() : nodes);
        edges = List.copyOf(edges == null ? List.of() : edges);
        triggers = List.copyOf(triggers == null ? List.of() : triggers);
        layout = Collections.unmodifiableMap(new TreeMap<>(layout == null ? Map.of() : layout));
        annotations = List.copyOf(annotations == null ? List.of() : annotations);
    }

    /** A workflow without annotations. */
    public Workflow(String id, String title, String description, List<WorkflowNode> nodes, List<Edge> edges,
            List<Trigger> triggers, Map<String, Position> layout) {
        this(id, title, description, nodes, edges, triggers, layout, List.of());
    }

    /** A workflow of nodes and edges only. */
    public static Workflow of(String id, List<WorkflowNode> nodes, List<Edge> edges) {
        return new Workflow(id, id, "", nodes, edges, List.of(), Map.of());
    }

    /** The node {@code id}. */
    public Optional<WorkflowNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** The ids of the nodes other nodes name as their fallback ({@link ErrorPolicy#fallback()}). */
    public Set<String> fallbacks() {
        return nodes.stream().map(n -> n.onError().fallback()).filter(f -> !f.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The part of this workflow a run needs to compute node {@code nodeId}: that node, every node it depends on
     * through edges, and the fallback nodes of those (with what they depend on); the edges among them, their layout,
     * the annotations. Triggers are left out: this is for one run.
     *
     * @throws IllegalArgumentException when there is no node {@code nodeId}
     */
    public Workflow upTo(String nodeId) {
        if (node(nodeId).isEmpty()) {
            throw new IllegalArgumentException("the workflow has no node '" + nodeId + "'");
        }
        var needed = new java.util.LinkedHashSet<String>();
        var pending = new java.util.ArrayDeque<String>(List.of(nodeId));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!needed.add(id)) {
                continue;
            }
            for (Edge edge : edges) {
                if (edge.to().node().equals(id)) {
                    pending.push(edge.from().node());
                }
            }
            node(id).map(n -> n.onError().fallback()).filter(f -> !f.isEmpty()).ifPresent(pending::push);
        }
        List<WorkflowNode> kept = nodes.stream().filter(n -> needed.contains(n.id())).toList();
        List<Edge> inside = edges.stream().filter(e -> needed.contains(e.from().node()) && needed.contains(e.to().node())).toList();
        var placed = new TreeMap<String, Position>(layout);
        placed.keySet().retainAll(needed);
        return new Workflow(id, title, description, kept, inside, List.of(), placed, annotations);
    }

    /** This workflow with the node of the same id replaced by {@code node}. */
    public Workflow withNode(WorkflowNode node) {
        var changed = new ArrayList<WorkflowNode>();
        for (WorkflowNode n : nodes) {
            changed.add(n.id().equals(node.id()) ? node : n);
        }
        return new Workflow(id, title, description, changed, edges, triggers, layout, annotations);
    }
}
