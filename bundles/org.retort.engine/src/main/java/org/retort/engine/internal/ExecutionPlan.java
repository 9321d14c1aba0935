package org.retort.engine.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.NodeType;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.NodeKind;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.PortRef;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * What a run will do with each node of a validated workflow. Every node's output is addressed by
 * hash(node type id + version, canonical parameters, error policy, the addresses of its inputs) — and
 * its fingerprint of what else it depends on (a source's outside data, a registered model's version).
 * A node whose address is in the cache does not run: it replays its cached output if a node downstream runs, otherwise it is skipped. Sinks always
 * run, they are the point of running. A fallback node stands by: it runs only on the chunks the node
 * it stands in for hands over, and is never cached. The plan also knows the schema of each node's
 * inputs as the node types upstream configure them, for a barrier whose input got no chunk at all.
 */
final class ExecutionPlan {

    /** What happens to a node. */
    enum Mode {
        EXECUTE, REPLAY, SKIP,
        /** A fallback: it has no route, the node it stands in for runs it on the chunks it hands over. */
        STANDBY;

        /** Whether the node has a route in the run. */
        boolean routed() {
            return this == EXECUTE || this == REPLAY;
        }
    }

    /** One node's part in the run. */
    record Planned(WorkflowNode node, NodeDescriptor type, Record params, String key, Mode mode,
            Map<String, List<Table>> cached, Map<String, List<PortRef>> targets, Set<String> inputs,
            Map<String, Schema> schemas) {

        /** The schema of connected input {@code port}, as the node types upstream configured it; empty if they could not tell. */
        Schema schema(String port) {
            return schemas.getOrDefault(port, Schema.EMPTY);
        }

        String id() {
            return node.id();
        }
    }

    private final Map<String, Planned> nodes;

    private ExecutionPlan(Map<String, Planned> nodes) {
        this.nodes = nodes;
    }

    /** The nodes in workflow order. */
    List<Planned> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Plans {@code workflow}, which must have validated against {@code catalog}. */
    static ExecutionPlan of(Workflow workflow, NodeCatalog catalog, ResultCache cache) {
        var types = new HashMap<String, NodeDescriptor>();
        for (WorkflowNode node : workflow.nodes()) {
            types.put(node.id(), catalog.find(node.type(), node.version()).orElseThrow(
                    () -> new IllegalStateException("node type " + node.type() + " v" + node.version() + " left")));
        }
        var keys = new HashMap<String, String>();
        var first = new HashMap<String, Planned>();
        Set<String> fallbacks = workflow.fallbacks();
        for (String id : new Graph(workflow).topologicalOrder()) {
            WorkflowNode node = workflow.node(id).orElseThrow();
            NodeDescriptor type = types.get(id);
            Record params = type.bindParameters(node.parameters());
            if (fallbacks.contains(id)) {
                first.put(id, new Planned(node, type, params, null, Mode.STANDBY, null, Map.of(), Set.of(), Map.of()));
                continue;
            }
            String key = key(workflow, node, type, params, keys);
            keys.put(id, key);
            Map<String, List<Table>> cached = key == null || type.kind() == NodeKind.SINK ? null : cache.get(key).orElse(null);
            first.put(id, new Planned(node, type, params, key, cached == null ? Mode.EXECUTE : Mode.SKIP, cached, Map.of(), Set.of(), Map.of()));
        }
        var check = new SpecCheck(workflow, types);
        check.run();
        Map<String, Schema> outputs = check.outputs();
        var planned = new LinkedHashMap<String, Planned>();
        for (WorkflowNode node : workflow.nodes()) {
            Planned p = first.get(node.id());
            var targets = new LinkedHashMap<String, List<PortRef>>();
            for (Edge edge : workflow.edges()) {
                if (edge.from().node().equals(node.id()) && first.get(edge.to().node()).mode() == Mode.EXECUTE) {
                    targets.computeIfAbsent(edge.from().port(), port -> new ArrayList<>()).add(edge.to());
                }
            }
            Set<String> inputs = workflow.edges().stream().filter(e -> e.to().node().equals(node.id()))
                    .map(e -> e.to().port()).collect(Collectors.toSet());
            var schemas = new HashMap<String, Schema>();
            workflow.edges().stream().filter(e -> e.to().node().equals(node.id()) && outputs.containsKey(e.from().toString()))
                    .forEach(e -> schemas.put(e.to().port(), outputs.get(e.from().toString())));
            Mode mode = p.mode() == Mode.SKIP && !targets.isEmpty() ? Mode.REPLAY : p.mode();
            planned.put(node.id(), new Planned(p.node(), p.type(), p.params(), p.key(), mode, p.cached(), targets, inputs,
                    Map.copyOf(schemas)));
        }
        return new ExecutionPlan(planned);
    }

    private static String key(Workflow workflow, WorkflowNode node, NodeDescriptor type, Record params,
            Map<String, String> keys) {
        var text = new StringBuilder();
        text.append("type ").append(type.key()).append('\n');
        text.append(ParameterBinder.canonical(type, node.parameters()));
        text.append("onError ").append(node.onError().then()).append('\n');
        String fingerprint = fingerprint(type.nodeType(), params);
        if (fingerprint == null) {
            return null;
        }
        if (!fingerprint.isEmpty()) {
            text.append("fingerprint ").append(fingerprint).append('\n');
        }
        var inputs = new TreeMap<String, String>();
        for (Edge edge : workflow.edges()) {
            if (edge.to().node().equals(node.id())) {
                String upstream = keys.get(edge.from().node());
                if (upstream == null) {
                    return null;
                }
                inputs.put(edge.to().port(), upstream + "/" + edge.from().port());
            }
        }
        inputs.forEach((port, address) -> text.append("input ").append(port).append('=').append(address).append('\n'));
        return sha256(text.toString());
    }

    @SuppressWarnings("unchecked")
    private static String fingerprint(NodeType<?> node, Record params) {
        try {
            return ((NodeType<Record>) node).fingerprint(params);
        } catch (Exception e) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
