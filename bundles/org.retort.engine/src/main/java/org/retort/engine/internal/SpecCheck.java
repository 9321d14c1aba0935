package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retort.api.data.Schema;
import org.retort.api.node.NodeType;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.ParameterDescriptor;
import org.retort.engine.PortDescriptor;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * Design-time column checks: walks a structurally valid workflow in topological order, asks each
 * node type to {@link NodeType#configure configure} its outputs from its inputs' schemas, and checks
 * that parameters naming a column name one that will be there.
 */
public final class SpecCheck {

    private final Workflow workflow;
    private final Map<String, NodeDescriptor> types;
    private final Map<String, Schema> outputs = new HashMap<>();
    private final List<ValidationProblem> problems = new ArrayList<>();

    public SpecCheck(Workflow workflow, Map<String, NodeDescriptor> types) {
        this.workflow = workflow;
        this.types = types;
    }

    /**
     * The schemas of the output ports the node types could tell, by {@code "node.port"}, failure ports
     * included; complete once {@link #run()} has.
     */
    Map<String, Schema> outputs() {
        return Map.copyOf(outputs);
    }

    /** The problems found. */
    public List<ValidationProblem> run() {
        var fallbacks = workflow.fallbacks();
        for (String id : new Graph(workflow).topologicalOrder()) {
            if (!fallbacks.contains(id)) {
                check(workflow.node(id).orElseThrow(), types.get(id));
            }
        }
        return problems;
    }

    private void check(WorkflowNode node, NodeDescriptor type) {
        var inputs = new HashMap<String, Schema>();
        for (Edge edge : workflow.edges()) {
            if (edge.to().node().equals(node.id())) {
                Schema schema = outputs.get(edge.from().toString());
                if (schema == null) {
                    return;
                }
                inputs.put(edge.to().port(), schema);
            }
        }
        String at = "nodes[" + node.id() + "]";
        Record params = type.bindParameters(node.parameters());
        for (ParameterDescriptor p : type.parameters()) {
            Schema input = inputs.get(p.columnOf());
            Object column = recordValue(params, p);
            if (input != null && column instanceof String name && !name.isEmpty() && input.indexOf(name) < 0) {
                problems.add(new ValidationProblem(at + ".parameters." + p.name(), "input '" + p.columnOf()
                        + "' has no column '" + name + "' (columns: " + input.names() + ")"));
            }
        }
        Map<String, Schema> configured;
        try {
            configured = configure(type.nodeType(), inputs, params);
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationProblem(at, e.getMessage()));
            return;
        } catch (RuntimeException e) {
            problems.add(new ValidationProblem(at, type.key() + " failed to configure: " + e));
            return;
        }
        configured.forEach((port, schema) -> outputs.put(node.id() + "." + port, schema));
        if (!node.onError().fallback().isEmpty()) {
            fallback(node, type, inputs, configured);
        }
        Schema basis = type.inputs().isEmpty() ? configured.get(type.outputs().get(0).name())
                : inputs.get(type.inputs().get(0).name());
        if (basis != null && type.output(PortDescriptor.FAILURE).isPresent()) {
            outputs.put(node.id() + "." + PortDescriptor.FAILURE, FailureRows.schema(basis));
        }
    }

    /** The fallback, configured with the node's inputs, must give what the node gives. */
    private void fallback(WorkflowNode node, NodeDescriptor type, Map<String, Schema> inputs, Map<String, Schema> configured) {
        WorkflowNode standIn = workflow.node(node.onError().fallback()).orElseThrow();
        NodeDescriptor standInType = types.get(standIn.id());
        Map<String, Schema> given;
        try {
            given = configure(standInType.nodeType(), inputs, standInType.bindParameters(standIn.parameters()));
        } catch (RuntimeException e) {
            problems.add(new ValidationProblem("nodes[" + standIn.id() + "]", "as the fallback of '" + node.id() + "': " + e.getMessage()));
            return;
        }
        Schema mine = configured.get(type.outputs().get(0).name());
        Schema theirs = given.get(standInType.outputs().get(0).name());
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            problems.add(new ValidationProblem("nodes[" + standIn.id() + "]", "as the fallback of '" + node.id() + "' it gives columns "
                    + theirs.names() + " where '" + node.id() + "' gives " + mine.names()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Schema> configure(NodeType<?> node, Map<String, Schema> inputs, Record params) {
        Map<String, Schema> result = ((NodeType<Record>) node).configure(Map.copyOf(inputs), params);
        return result == null ? Map.of() : result;
    }

    private static Object recordValue(Record params, ParameterDescriptor p) {
        try {
            var accessor = params.getClass().getDeclaredMethod(p.name());
            accessor.setAccessible(true);
            return accessor.invoke(params);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
